package org.plans.dsl.sync;

import java.util.List;

/**
 * What a sync changed (or, with {@code dryRun}, would change), one line per change, and
 * warnings about what it could not map (a lead with no account in the tracker...).
 */
public record SyncReport(boolean dryRun, List<String> changes, List<String> warnings) {

	public boolean changedNothing() {
		return changes.isEmpty();
	}
}

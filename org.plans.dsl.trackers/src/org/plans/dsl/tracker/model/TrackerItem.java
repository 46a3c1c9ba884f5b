package org.plans.dsl.tracker.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;

/**
 * One item a tracker holds for a plan: a priority (epic), an objective (feature) or an
 * action (task). {@code key} is stable across runs; {@code parentKey} is null for priorities.
 * {@code description} is Markdown without the key marker (each target adds it where it can).
 */
public record TrackerItem(Level level, String key, String parentKey, String ref, String title, String description,
		List<Party> leads, Optional<LocalDate> start, Optional<LocalDate> due, Optional<String> milestone,
		List<String> labels, boolean closed, Optional<Status> status, Optional<Rag> rag) {

	/** Where an item sits: priorities hold objectives, objectives (or priorities) hold actions. */
	public enum Level {
		PRIORITY, OBJECTIVE, ACTION
	}
}

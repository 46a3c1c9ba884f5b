package org.plans.dsl.importer;

import java.util.Optional;

/**
 * An ownership table ("Workstream | Sponsor | Lead"): each row names a block and gives its
 * strategic sponsor and operational lead. The block may come before or after the table.
 */
final class Owners {

	/** One row: the block as named, its sponsor and lead cells. */
	record Owner(String block, String sponsor, String lead, String origin) {
	}

	private Owners() {
	}

	/** The owner row that names {@code section}, if any. */
	static Optional<Owner> of(ImportedPlan plan, ImportedSection section) {
		return plan.owners.stream().filter(o -> !o.block().isBlank() && SectionNames.names(section, o.block().strip()))
				.findFirst();
	}

	/** True if some block of the plan is named by the row. */
	static boolean isPlaced(ImportedPlan plan, Owner owner) {
		return plan.priorities.stream().anyMatch(p -> SectionNames.names(p, owner.block().strip()));
	}
}

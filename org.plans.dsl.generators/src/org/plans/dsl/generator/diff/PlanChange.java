package org.plans.dsl.generator.diff;

import java.util.List;

/**
 * One thing that changed between two versions of a plan, as a board paper lists it.
 *
 * @param subject the action's key, the measure's or recommendation's id, or the plan's id
 * @param title what the subject is called in the new version (the old one when it was removed)
 * @param before the old value in words; empty when there was none
 * @param after the new value in words; empty when there is none
 * @param note a remark: "slipped 92 days", "slipped 90 days; slipped again, moved 2 times: 2024-09 → 2024-12 → 2025-03"
 * @param deadlines for a deadline that slipped more than once over the versions compared, every
 *        deadline it had, oldest first ({@link PlanHistory}); empty otherwise
 */
public record PlanChange(Kind kind, String subject, String title, String before, String after, String note,
		List<String> deadlines) {

	public PlanChange {
		deadlines = List.copyOf(deadlines);
	}

	/** A change with no deadline history. */
	public PlanChange(Kind kind, String subject, String title, String before, String after, String note) {
		this(kind, subject, title, before, after, note, List.of());
	}

	/** A deadline that slipped again: it slipped in more than one step of the versions compared. */
	public boolean repeatedSlippage() {
		return !deadlines.isEmpty();
	}

	/** The kinds of change, in the order a report lists them. */
	public enum Kind {
		ADDED("Actions added"), REMOVED("Actions removed"), RENUMBERED("Actions renumbered"),
		DEADLINE("Deadlines moved"), LEAD("Leads changed"), RAG("RAG changed"), STATUS("Status changed"),
		PROGRESS("New progress"), POSITION("Measure positions added"), TARGET("Targets changed"),
		COVERED("Recommendations newly covered"), UNCOVERED("Recommendations no longer covered");

		private final String heading;

		Kind(String heading) {
			this.heading = heading;
		}

		public String heading() {
			return heading;
		}
	}
}

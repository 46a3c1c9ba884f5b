package org.plans.dsl.importer;

import org.plans.dsl.importer.detect.HeadingReader;

/**
 * Where the reading stands in the plan's structure: the priority (or work stream), objective and
 * action being read, and the recommendation or sheet whose block the next actions start.
 */
final class Sections {

	private final ImportedPlan plan;
	/** Run when a new block starts: what the reader kept of the block before ends with it. */
	private final Runnable onNewPriority;
	ImportedSection priority;
	ImportedSection objective;
	ImportedAction action;
	/** A recommendation heading ("Recommendation 3: …") the next priority addresses. */
	String pendingRecommendation;
	HeadingReader.Heading pendingHeading;
	/** The name of the sheet being read, for the block of its actions when no heading starts one. */
	String pendingSheet;
	/** After a "Measures" heading: the measure tables below it are the plan's own, not the last section's. */
	boolean inMeasures;

	Sections(ImportedPlan plan, Runnable onNewPriority) {
		this.plan = plan;
		this.onNewPriority = onNewPriority;
	}

	/**
	 * "Recommendation 3: …" declares the recommendation; the next priority, or the actions that
	 * follow it directly, address it.
	 */
	void recommendation(HeadingReader.Heading heading) {
		pendingRecommendation = plan.recommendation(heading.title(), heading.number());
		pendingHeading = heading;
		if (priority != null) {
			priority = null;
			objective = null;
			action = null;
		}
	}

	void startPriority(String kind, String number, String title, String source) {
		if (priority != null && priority.source.equals(source)) {
			return;
		}
		if (priority != null && priority.number.equals(number) && priority.title.equals(title)) {
			return;
		}
		priority = plan.priority(kind, number, title, source);
		pendingSheet = null;
		inMeasures = false;
		if (pendingRecommendation != null) {
			priority.addresses.add(pendingRecommendation);
			pendingRecommendation = null;
		}
		objective = null;
		action = null;
		onNewPriority.run();
	}

	/** A block for actions that come before any: the recommendation's, the sheet's, or one named after the plan. */
	void ensurePriority() {
		if (priority != null) {
			return;
		}
		if (pendingRecommendation != null) {
			startPriority("priority", pendingHeading.number(), pendingHeading.title(), pendingHeading.title());
		} else if (pendingSheet != null) {
			startPriority("priority", String.valueOf(plan.priorities.size() + 1), pendingSheet, pendingSheet);
		} else {
			startPriority("priority", String.valueOf(plan.priorities.size() + 1),
					plan.hasTitle() ? plan.title() : "Imported actions", "");
		}
	}

	/** Text the importer cannot place, kept as a note where it was found: the action, objective, block or plan. */
	void note(String text) {
		if (action != null) {
			action.addOther("", text);
		} else if (objective != null) {
			objective.note(text);
		} else if (priority != null) {
			priority.note(text);
		} else {
			plan.note(text);
		}
	}

	/** The objective, else the priority, the next rows go under; null before any. */
	ImportedSection current() {
		return objective != null ? objective : priority;
	}
}

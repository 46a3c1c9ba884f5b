package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.importer.detect.MeasureValue;

/**
 * One row of a measure table: the measure, its baseline, targets and positions as the cells
 * gave them, and the block its last target belongs to (null when the table stands before any).
 */
final class ImportedMeasure {

	/** A cell of the row with the date it is at: its own, else its column's. */
	record Point(String header, MeasureValue value, String date) {
	}

	final String id;
	final String title;
	/** The block whose target the last target is; null for the plan's own measures. */
	ImportedSection owner;
	/** True if an action's cell states the measure, or the table's reference names an action: its last target is the action's. */
	boolean onAction;
	/** The table's reference or section cell of the row ("1.2", "Priority 2"), or "" when it has none. */
	String reference = "";
	/** How much of the plan (blocks and actions) was read before the measure: none after it means it ends the document. */
	int readAfter;
	final List<String> description = new ArrayList<>();
	final List<Point> baselines = new ArrayList<>();
	final List<Point> targets = new ArrayList<>();
	final List<Point> positions = new ArrayList<>();
	final List<String> verdicts = new ArrayList<>();
	final List<String> notes = new ArrayList<>();

	ImportedMeasure(String id, String title, ImportedSection owner, boolean onAction) {
		this.id = id;
		this.title = title;
		this.owner = owner;
		this.onAction = onAction;
	}

	/** True if the last target is a block's (a section's or an action's), not a milestone of the measure. */
	boolean hasOwner() {
		return owner != null || onAction;
	}
}

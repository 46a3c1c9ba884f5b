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
	final ImportedSection owner;
	final List<String> description = new ArrayList<>();
	final List<Point> baselines = new ArrayList<>();
	final List<Point> targets = new ArrayList<>();
	final List<Point> positions = new ArrayList<>();
	final List<String> verdicts = new ArrayList<>();
	final List<String> notes = new ArrayList<>();

	ImportedMeasure(String id, String title, ImportedSection owner) {
		this.id = id;
		this.title = title;
		this.owner = owner;
	}
}

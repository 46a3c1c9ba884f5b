package org.plans.dsl.importer;

import java.util.regex.Matcher;

import org.plans.dsl.importer.detect.MeasureColumns;
import org.plans.dsl.importer.detect.MeasureValue;
import org.plans.dsl.importer.source.Block;

/** Reads the rows of a measure table into measures, each under the block the table stands in. */
final class MeasureRows {

	private final MeasureColumns columns;
	private final String financialYear;
	/** The year an undated target is for: the one the table reports on, else the heading's; null if neither says. */
	private final String targetYear;

	/** @param context text above the table (a heading), for the year of bare quarters when the header gives none */
	MeasureRows(MeasureColumns columns, String context) {
		this.columns = columns;
		String year = columns.financialYear();
		if (year == null && context != null) {
			Matcher m = MeasureColumns.FINANCIAL_YEAR.matcher(context);
			year = m.find() ? m.group() : null;
		}
		this.financialYear = year;
		this.targetYear = columns.reportingYear() != null ? columns.reportingYear()
				: columns.financialYear() == null ? year : null;
	}

	MeasureColumns columns() {
		return columns;
	}

	/** The measure a row declares, or null when it has no measure name (its cells go to {@code previous}). */
	ImportedMeasure read(Block.Row row, ImportedPlan plan, ImportedSection owner, ImportedMeasure previous) {
		String name = "";
		for (int i = 0; i < columns.width(); i++) {
			if (columns.column(i).kind() == MeasureColumns.Kind.NAME && !row.cell(i).isBlank()) {
				name = row.cell(i).strip();
				break;
			}
		}
		ImportedMeasure measure = previous;
		if (!name.isEmpty() || previous == null) {
			String[] lines = (name.isEmpty() ? "(no name)" : name).split("\\s*\\R\\s*", 2);
			measure = new ImportedMeasure(plan.ids.forTitle(lines[0], "measure"), lines[0], owner, false);
			if (lines.length > 1) {
				measure.description.add(lines[1]);
			}
			measure.readAfter = plan.read();
			plan.measures.add(measure);
			if (owner != null) {
				owner.measures.add(measure);
			}
		}
		for (int i = 0; i < Math.max(columns.width(), row.cells().size()); i++) {
			String cell = row.cell(i).strip();
			MeasureColumns.Column column = columns.column(i);
			if (cell.isEmpty() || column.kind() == MeasureColumns.Kind.NAME || isNone(cell)) {
				continue;
			}
			MeasureValue value = MeasureValue.read(cell);
			String date = MeasureColumns.inYear(value.date() != null ? value.date() : column.date(), financialYear);
			if (date == null && column.kind() == MeasureColumns.Kind.TARGET && targetYear != null) {
				// "Target" in a table of 2024/25 ("Performance 2024/25", "Q1 2024/25"): the target for that year
				date = targetYear;
			}
			ImportedMeasure.Point point = new ImportedMeasure.Point(column.header(), value, date);
			switch (column.kind()) {
			case BASELINE -> measure.baselines.add(point);
			case TARGET -> measure.targets.add(point);
			case POSITION -> measure.positions.add(point);
			case VERDICT -> measure.verdicts.add(cell);
			case REF -> {
				// "1.2", "Priority 2": where the measure's target belongs, settled once the document is read
				measure.reference = cell;
				measure.notes.add((column.header().isBlank() ? "" : column.header() + ": ") + cell);
			}
			default -> measure.notes.add((column.header().isBlank() ? "" : column.header() + ": ") + cell);
			}
		}
		return measure;
	}

	private static boolean isNone(String cell) {
		return cell.matches("(?i)[-–—]+|n/?a|none|nil|\\?");
	}
}

package org.plans.dsl.importer;

import java.util.List;

import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.Columns;
import org.plans.dsl.importer.detect.HeadingReader;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.importer.detect.MeasureColumns;
import org.plans.dsl.importer.source.Block;

/** What a table or its first rows are, before their rows are read: a heading over a header, another kind of table. */
final class TableKinds {

	private TableKinds() {
	}

	/**
	 * A row of one cell right above a header row, that no other rule reads: the heading of the
	 * table under it (the plan's title when it has none yet).
	 */
	static boolean isHeadingAboveHeader(Block.Row row, Block.Row next, Mapping mapping) {
		List<String> filled = row.nonBlank();
		if (filled.size() != 1 || filled.get(0).length() > 120 || filled.get(0).contains("\n")) {
			return false;
		}
		String text = filled.get(0);
		boolean known = HeadingReader.read(text).isPresent() || SectionNames.OBJECTIVE.matcher(text).matches()
				|| SectionNames.SECTION.matcher(text).matches() || text.endsWith(":") || Findings.read(text) != null;
		return !known && (Columns.fromHeader(next, mapping).isPresent() || MeasureColumns.fromHeader(next).isPresent());
	}

	/**
	 * A table that is not the actions going on: another width than the actions' columns, and a
	 * first row of short names, all filled, none of them an action, lead, deadline or reference
	 * column ("Year | One-off | Recurring | Total" under a costs heading). Its rows become notes.
	 */
	static boolean isOtherTable(Block.Table table, Columns columns, Mapping mapping) {
		if (columns == null || table.rows().isEmpty() || table.rows().get(0).cells().size() == columns.width()) {
			return false;
		}
		for (String cell : table.rows().get(0).cells()) {
			ColumnRole role = mapping.roleOf(cell).orElseGet(() -> ColumnRole.of(cell));
			if (cell.isBlank() || cell.strip().split("\\s+").length > 4 || role == ColumnRole.ACTION
					|| role == ColumnRole.LEAD || role == ColumnRole.DEADLINE || role == ColumnRole.REF) {
				return false;
			}
		}
		return true;
	}

	/** True if two headers give every column the same role (a header repeated after a page break, reworded). */
	static boolean sameRoles(Columns a, Columns b) {
		for (int i = 0; i < Math.max(a.width(), b.width()); i++) {
			if (a.role(i) != b.role(i)) {
				return false;
			}
		}
		return true;
	}
}

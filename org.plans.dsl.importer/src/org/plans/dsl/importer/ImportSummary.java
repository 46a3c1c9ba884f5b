package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What an import found, printed after it: what it made, and where every source row went. */
public record ImportSummary(int priorities, int objectives, int actions, int people, int roles, int teams, int partners,
		int datesRead, int datesKeptAsText, int notes, int tables, Map<RowFate.Fate, Integer> rows) {

	public ImportSummary {
		rows = Map.copyOf(rows);
	}

	/** Counts the fates of the rows read. */
	static Map<RowFate.Fate, Integer> count(List<RowFate> rows) {
		Map<RowFate.Fate, Integer> counts = new EnumMap<>(RowFate.Fate.class);
		rows.forEach(row -> counts.merge(row.fate(), 1, Integer::sum));
		return counts;
	}

	/** What the user must look at: an import that found no table, or no action. */
	public List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		if (tables == 0 && actions == 0) {
			warnings.add("no table found: the document's text was kept as the plan's introduction and notes."
					+ " Save the plan's tables as .docx, .xlsx, .csv or Markdown, or use --map");
		} else if (tables == 0) {
			// numbered text is read by its wording alone: the user checks it against the document
			warnings.add("no table found: the " + actions + (actions == 1 ? " action was" : " actions were")
					+ " read from numbered text; check them against the document");
		}
		if (actions == 0) {
			warnings.add("no action found: no row had an action column the importer recognised."
					+ " Name the columns with --map (see docs/import.md)");
		}
		return warnings;
	}

	@Override
	public String toString() {
		StringBuilder rowText = new StringBuilder();
		for (RowFate.Fate fate : RowFate.Fate.values()) {
			if (rows.containsKey(fate)) {
				rowText.append(rowText.length() == 0 ? " (" : ", ").append(rows.get(fate)).append(' ')
						.append(fate.label());
			}
		}
		int total = rows.values().stream().mapToInt(Integer::intValue).sum();
		return priorities + " priorities, " + objectives + " objectives, " + actions + " actions; " + people + " people, "
				+ roles + " roles, " + teams + " teams, " + partners + " partners; " + datesRead + " dates read, "
				+ datesKeptAsText + " kept as text; " + notes + " notes kept where the importer could not place text; "
				+ tables + " tables, " + total + " source rows" + (rowText.length() == 0 ? "" : rowText + ")");
	}
}

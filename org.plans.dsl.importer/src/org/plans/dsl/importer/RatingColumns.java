package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plans.dsl.importer.detect.RagValue;

/**
 * Columns whose header the importer does not know but whose values are ratings: every value in
 * it over the plan a RAG letter or word ("R", "A", "G", "B", the key's letter for complete), two
 * or more of them, one of them red, amber or green. Such a column is the actions' RAG.
 */
final class RatingColumns {

	private RatingColumns() {
	}

	/** The headers of the plan's rating columns. */
	static Set<String> of(ImportedPlan plan) {
		Map<String, int[]> seen = new HashMap<>();
		Set<String> other = new HashSet<>();
		for (ImportedAction action : actions(plan)) {
			for (Map.Entry<String, String> cell : action.otherColumns.entrySet()) {
				if (cell.getKey().isBlank() || cell.getValue().strip().matches("(?i)n/?a|-+|–|tbc|tba|none")) {
					// a cell that rates nothing says nothing of the column
					continue;
				}
				var rating = RagValue.read(cell.getValue(), true, plan.completeLetter);
				if (rating.isEmpty() || !rating.get().words().isEmpty()) {
					other.add(cell.getKey());
					continue;
				}
				int[] counts = seen.computeIfAbsent(cell.getKey(), k -> new int[2]);
				counts[0]++;
				counts[1] += rating.get().rating().equals("blue") ? 0 : 1;
			}
		}
		Set<String> ratings = new HashSet<>();
		seen.forEach((header, counts) -> {
			if (!other.contains(header) && counts[0] >= 2 && counts[1] >= 1) {
				ratings.add(header);
			}
		});
		return ratings;
	}

	private static List<ImportedAction> actions(ImportedPlan plan) {
		List<ImportedAction> all = new ArrayList<>();
		plan.priorities.forEach(p -> collect(p, all));
		return all;
	}

	private static void collect(ImportedSection section, List<ImportedAction> all) {
		for (Object item : section.items) {
			if (item instanceof ImportedAction action) {
				all.add(action);
			} else if (item instanceof ImportedSection objective) {
				collect(objective, all);
			}
		}
	}
}

package org.plans.dsl.importer.source;

import java.util.ArrayList;
import java.util.List;

/** Small helpers over table rows. */
final class Tables {

	private Tables() {
	}

	/** Pads every row with empty cells to the width of the widest row. */
	static List<Block.Row> square(List<Block.Row> rows) {
		int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
		List<Block.Row> result = new ArrayList<>();
		for (Block.Row row : rows) {
			List<String> cells = new ArrayList<>(row.cells());
			while (cells.size() < width) {
				cells.add("");
			}
			result.add(new Block.Row(List.copyOf(cells), row.origin()));
		}
		return result;
	}
}

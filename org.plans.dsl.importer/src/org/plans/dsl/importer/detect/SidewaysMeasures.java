package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.plans.dsl.importer.source.Block;

/**
 * A measure table laid out sideways: the measures across the top, and down the first column
 * the baseline, targets and positions ("Baseline (April 2024)", "Target 2024/25", "Q2 2024/25",
 * "2023/24"). Turned, it is a measure table as any other: one row per measure.
 */
public final class SidewaysMeasures {

	/** The table turned: its header (the first column's labels) and a row per measure. */
	public record Turned(Block.Row header, List<Block.Row> rows) {
	}

	private static final Pattern CORNER = Pattern.compile(
			"|year|years|period|date|quarter|month|as at|when|measures?|indicators?|kpis?|performance|"
					+ "performance measures?|key performance indicators?|success measures?");

	private SidewaysMeasures() {
	}

	/**
	 * The table turned, if it is a sideways measure table: a corner cell that is blank or names
	 * the rows ("Year", "Measure"), a measure name over every other column, and down the first
	 * column the labels of a measure table's header, one of them a baseline or a target.
	 */
	public static Optional<Turned> turned(Block.Table table) {
		List<Block.Row> rows = table.rows().stream().filter(row -> !row.isBlank()).toList();
		if (rows.size() < 3 || rows.get(0).cells().size() < 2 || MeasureColumns.fromHeader(rows.get(0)).isPresent()
				|| !CORNER.matcher(ColumnRole.normalise(rows.get(0).cell(0))).matches()) {
			return Optional.empty();
		}
		Block.Row top = rows.get(0);
		for (int c = 1; c < top.cells().size(); c++) {
			String name = top.cell(c).strip();
			if (name.isEmpty() || DateReader.isDate(name) || ColumnRole.of(name) != null) {
				return Optional.empty();
			}
		}
		List<String> labels = new ArrayList<>();
		labels.add("Measure");
		rows.subList(1, rows.size()).forEach(row -> labels.add(row.cell(0).strip()));
		Block.Row header = new Block.Row(labels, top.origin());
		Optional<MeasureColumns> columns = MeasureColumns.fromHeader(header);
		boolean planned = columns.isPresent() && IntStream.range(1, labels.size())
				.mapToObj(i -> columns.get().column(i).kind())
				.anyMatch(kind -> kind == MeasureColumns.Kind.BASELINE || kind == MeasureColumns.Kind.TARGET);
		if (!planned) {
			return Optional.empty();
		}
		List<Block.Row> measures = new ArrayList<>();
		for (int c = 1; c < top.cells().size(); c++) {
			List<String> cells = new ArrayList<>();
			for (Block.Row row : rows) {
				cells.add(row.cell(c));
			}
			measures.add(new Block.Row(cells, top.origin() + " column " + (c + 1)));
		}
		return Optional.of(new Turned(header, measures));
	}
}

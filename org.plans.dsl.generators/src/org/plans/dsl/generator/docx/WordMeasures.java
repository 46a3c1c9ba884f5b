package org.plans.dsl.generator.docx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.MeasurePoint;

/**
 * A measure as a paper's table: Measure, Baseline, Target (milestones) and Position columns, one point a
 * row, each in {@link Words#point} (value, date, verdict; the point's own words last, in “quotes”) — the layout of a council's performance table, which {@code plans import} reads back.
 */
final class WordMeasures {

	static final List<String> COLUMNS = List.of("Measure", "Baseline", "Target (milestones)", "Position");

	private WordMeasures() {
	}

	static void table(XWPFDocument document, MeasureFacts measure) {
		// a point written twice (a milestone under an action's target and in the measure) is listed once
		List<String> baselines = measure.baselines().stream().map(WordMeasures::point).distinct().toList();
		List<String> milestones = measure.milestones().stream().map(WordMeasures::point).distinct().toList();
		List<String> positions = measure.positions().stream().map(WordMeasures::point).distinct().toList();
		List<List<String>> rows = new ArrayList<>();
		int height = Math.max(1, Math.max(baselines.size(), Math.max(milestones.size(), positions.size())));
		for (int i = 0; i < height; i++) {
			rows.add(List.of(i == 0 ? measure.measure().getTitle() : "", cell(baselines, i), cell(milestones, i),
					cell(positions, i)));
		}
		WordParts.widths(WordParts.table(document, COLUMNS, rows), 31, 23, 23, 23);
	}

	private static String cell(List<String> points, int i) {
		return i < points.size() ? points.get(i) : "";
	}

	/** "29 at 2024-07 “July 2024”": the point in words, its own words last in quotes (so the import keeps them apart). */
	private static String point(MeasurePoint point) {
		String words = Words.point(point);
		String text = MeasureFacts.textOf(point);
		if (text == null) {
			return words;
		}
		String bare = words.substring(0, words.length() - (" (" + text + ")").length());
		return (bare + " “" + text + "”").strip();
	}
}

package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.detect.DateReader;
import org.plans.dsl.importer.detect.MeasureValue;

/**
 * A measure written as a block of text in a cell: "Re-referrals. Baseline: 27% (Nov 2022).
 * Target for Sept 2024: 20%. Position: 22% in Q2 2023/24 – on track". It needs a baseline and a
 * target or position, each after its label and a ':' or a dash.
 */
final class MeasureText {

	private static final Pattern LABEL = Pattern.compile(
			"(?i)\\b(baseline(?: (?:at|in|as at|for) [^:–\\n]{3,25})?|target(?: (?:for|by|at) [^:–\\n]{3,25})?"
					+ "|(?:current |latest )?position(?: (?:at|in|as at) [^:–\\n]{3,25})?)\\s*[:–]\\s*");

	private MeasureText() {
	}

	/** The measure the cell states, declared in the plan and led by an action; null when it states none. */
	static ImportedMeasure read(String cell, ImportedPlan plan, String actionTitle) {
		Matcher m = LABEL.matcher(cell);
		List<String> labels = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		while (m.find()) {
			labels.add(m.group(1));
			starts.add(m.start());
			ends.add(m.end());
		}
		boolean baseline = labels.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("baseline"));
		if (!baseline || labels.size() < 2) {
			return null;
		}
		String before = cell.substring(0, starts.get(0)).strip().replaceAll("[.:;,–-]+$", "").strip();
		String title = before.isEmpty() || before.length() > 100 ? actionTitle : before;
		ImportedMeasure measure = new ImportedMeasure(plan.ids.forTitle(title, "measure"), title, null, true);
		for (int i = 0; i < labels.size(); i++) {
			String value = cell.substring(ends.get(i), i + 1 < labels.size() ? starts.get(i + 1) : cell.length()).strip()
					.replaceAll("[.;,]+$", "");
			String label = labels.get(i);
			MeasureValue read = MeasureValue.read(value);
			String date = read.date() != null && !read.date().startsWith("Q") ? read.date() : DateReader.plainDate(label);
			ImportedMeasure.Point point = new ImportedMeasure.Point(label, read, date);
			String lower = label.toLowerCase(Locale.ROOT);
			(lower.startsWith("baseline") ? measure.baselines : lower.startsWith("target") ? measure.targets
					: measure.positions).add(point);
		}
		plan.measures.add(measure);
		return measure;
	}
}

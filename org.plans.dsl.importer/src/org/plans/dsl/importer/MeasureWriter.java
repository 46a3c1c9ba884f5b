package org.plans.dsl.importer;

import java.util.List;

import org.plans.dsl.importer.detect.MeasureValue;
import org.plans.dsl.importer.detect.Quote;
import org.plans.dsl.importer.write.Node;

/**
 * Writes an imported measure: its declaration with unit, direction, baseline, milestones
 * (every target but the last) and positions; and the last target, on the block the table
 * stood in. A value the language cannot date is kept as a note, never dropped.
 */
final class MeasureWriter {

	private final Quote quote;
	private final String progressDate;

	/** @param progressDate the date the plan reports progress at, for positions whose column and cell give none; or null */
	MeasureWriter(Quote quote, String progressDate) {
		this.quote = quote;
		this.progressDate = progressDate;
	}

	Node declaration(ImportedMeasure measure) {
		StringBuilder opening = new StringBuilder("measure ").append(measure.id).append(' ')
				.append(quote.text(measure.title));
		String unit = unit(measure);
		if (unit != null) {
			opening.append(" unit ").append(unit);
		}
		Boolean lower = lowerIsBetter(measure);
		if (lower != null) {
			opening.append(lower ? " lower is better" : " higher is better");
		}
		Node node = new Node(opening.toString());
		measure.description.forEach(text -> node.line("description " + quote.text(text)));
		for (ImportedMeasure.Point point : measure.baselines) {
			MeasureValue value = point.value();
			if (point.date() == null) {
				note(node, point);
			} else {
				node.line(join("baseline", value.quantity(), "at " + point.date(), words(value)));
			}
		}
		List<ImportedMeasure.Point> targets = measure.targets;
		int milestones = measure.hasOwner() ? targets.size() - 1 : targets.size();
		for (int i = 0; i < milestones; i++) {
			ImportedMeasure.Point point = targets.get(i);
			MeasureValue value = point.value();
			if (point.date() == null || value.quantity() == null) {
				note(node, point);
			} else {
				node.line(join("milestone", value.comparator(), value.quantity(), "by " + point.date(), words(value)));
			}
		}
		for (int i = 0; i < measure.positions.size(); i++) {
			position(node, measure, measure.positions.get(i), i == measure.positions.size() - 1);
		}
		measure.notes.forEach(text -> node.line("note " + quote.text(text)));
		return node;
	}

	private void position(Node node, ImportedMeasure measure, ImportedMeasure.Point point, boolean last) {
		MeasureValue value = point.value();
		String date = point.date() != null ? point.date() : progressDate;
		if (date == null) {
			note(node, point);
			return;
		}
		String verdict = value.verdict();
		String rag = value.rag();
		String text = words(value);
		if (last) {
			// The verdict column ("Progress relative to targets") judges the latest position.
			for (String cell : measure.verdicts) {
				MeasureValue judged = MeasureValue.read(cell);
				verdict = verdict != null ? verdict : judged.verdict();
				rag = rag != null ? rag : judged.rag();
				if (!judged.saysOnlyJudgement()) {
					text = text == null ? quote.text(cell) : quote.text(value.text() + "\n" + cell);
				}
			}
		}
		if (value.quantity() == null && text == null) {
			text = quote.text(value.text());
		}
		String when = value.from() != null && point.date() != null ? "over " + value.from() + " to " + date : "at " + date;
		node.line(join("position", value.quantity(), when, value.label() == null ? null : "for " + quote.text(value.label()),
				verdict, rag, text));
	}

	/** The target line of a block for the measure's last target; null when the measure has none there. */
	String target(ImportedMeasure measure) {
		if (!measure.hasOwner() || measure.targets.isEmpty()) {
			return null;
		}
		ImportedMeasure.Point point = measure.targets.get(measure.targets.size() - 1);
		MeasureValue value = point.value();
		String by = point.date() == null ? null : "by " + point.date();
		if (value.quantity() == null) {
			String change = value.saysLower() ? "decrease" : value.text().matches("(?i).*\\b(?:increase|improve|more)\\b.*")
					? "increase" : null;
			return join("target", measure.id, change, change == null ? null : by, quote.text(value.text()));
		}
		String comparator = value.comparator() != null ? value.comparator()
				: Boolean.TRUE.equals(lowerIsBetter(measure)) ? "<=" : ">=";
		return join("target", measure.id, comparator, value.quantity(), by, words(value));
	}

	private void note(Node node, ImportedMeasure.Point point) {
		node.line("note " + quote.text(point.header() + ": " + point.value().text()));
	}

	/** The cell's words, quoted, unless they say no more than the value and date. */
	private String words(MeasureValue value) {
		if (value.quoted()) {
			return quote.text(value.text());
		}
		return value.quantity() != null && (value.saysOnlyValue() || value.saysOnlyValueAndJudgement()) ? null
				: quote.text(value.text());
	}

	private static String unit(ImportedMeasure measure) {
		for (List<ImportedMeasure.Point> points : List.of(measure.baselines, measure.targets, measure.positions)) {
			for (ImportedMeasure.Point point : points) {
				if (point.value().unit() != null) {
					return point.value().unit();
				}
			}
		}
		return null;
	}

	/** Lower is better if a target says so ("no more than 20", "reduce to 15%") or lies below the baseline. */
	private static Boolean lowerIsBetter(ImportedMeasure measure) {
		if (measure.targets.stream().anyMatch(t -> t.value().saysLower())) {
			return true;
		}
		if (measure.targets.isEmpty() || measure.baselines.isEmpty()) {
			return measure.targets.stream().anyMatch(t -> t.value().quantity() != null) ? Boolean.FALSE : null;
		}
		double baseline = measure.baselines.get(0).value().number();
		double target = measure.targets.get(measure.targets.size() - 1).value().number();
		return Double.isNaN(baseline) || Double.isNaN(target) ? null : target < baseline;
	}

	private static String join(String... parts) {
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isEmpty()) {
				out.append(out.length() == 0 ? "" : " ").append(part);
			}
		}
		return out.toString();
	}
}

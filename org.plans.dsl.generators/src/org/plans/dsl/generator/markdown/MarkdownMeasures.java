package org.plans.dsl.generator.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.generator.text.MeasureWords;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Note;
import org.plans.dsl.plans.TextItem;

/**
 * The Markdown checklist's "Measures" section: per measure a heading, what it is (unit, what a
 * percentage is of, direction, how often, source), its texts, a table of its baselines,
 * milestones and positions, where the latest position stands against the milestone or target in
 * force (the report's words) and the targets set on it. Cells are one line, pipes escaped.
 */
final class MarkdownMeasures {

	static final List<String> COLUMNS = List.of("Point", "Value", "Date", "For", "Verdict", "RAG", "Against the goal in force",
			"Action", "Words");

	private MarkdownMeasures() {
	}

	/** The section, or "" when the plan declares no measure. */
	static String section(PlanFacts plan) {
		if (plan.measures().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("\n## Measures\n");
		plan.measures().forEach(m -> measure(sb, plan, m));
		return sb.toString();
	}

	private static void measure(StringBuilder sb, PlanFacts plan, MeasureFacts measure) {
		sb.append("\n### ").append(Markdown.oneLine(measure.measure().getTitle())).append("\n\n");
		String about = MeasureWords.about(measure);
		if (!about.isEmpty()) {
			sb.append(Markdown.oneLine(about)).append("\n\n");
		}
		for (TextItem text : Members.of(measure.measure(), TextItem.class)) {
			sb.append(Markdown.text(Words.capitalised(text.getKind().getLiteral()))).append(": ")
					.append(Markdown.text(text.getText())).append("\n\n");
		}
		Members.of(measure.measure(), Note.class)
				.forEach(n -> sb.append("Note: ").append(Markdown.text(n.getText())).append("\n\n"));
		List<MeasurePoint> points = MeasureWords.points(measure);
		if (points.isEmpty()) {
			sb.append("No baseline, milestones or positions recorded yet.\n\n");
		} else {
			row(sb, COLUMNS);
			sb.append("|").append(" --- |".repeat(COLUMNS.size())).append('\n');
			points.forEach(p -> row(sb, cells(plan, measure, p)));
			sb.append('\n');
		}
		MeasureWords.latest(measure).ifPresent(l -> sb.append("Latest position: ").append(Markdown.oneLine(l)).append("\n\n"));
		measure.targets().stream().map(Words::target).distinct()
				.forEach(t -> sb.append("- Target: ").append(Markdown.oneLine(t)).append('\n'));
	}

	private static List<String> cells(PlanFacts plan, MeasureFacts measure, MeasurePoint point) {
		List<String> cells = new ArrayList<>();
		cells.add(Words.capitalised(Words.pointKind(point)));
		cells.add(PointFacts.comparator(point).map(c -> Words.comparator(c) + " ").orElse("")
				+ Words.quantity(MeasureFacts.valueOf(point)));
		Optional<String> from = PointFacts.periodFrom(point);
		cells.add(from.map(f -> f + " to ").orElse("") + MeasureFacts.dateOf(point));
		cells.add(PointFacts.label(point).orElse(""));
		cells.add(PointFacts.verdict(point).map(v -> v.getLiteral().replace('-', ' ')).orElse(""));
		cells.add(PointFacts.rag(point).map(Words::rag).orElse(""));
		cells.add(MeasureWords.against(measure, point));
		cells.add(MeasureWords.writtenIn(plan, point));
		cells.add(Objects.requireNonNullElse(MeasureFacts.textOf(point), ""));
		return cells;
	}

	/** "| a | b |": each cell on one line, its pipes and other Markdown escaped. */
	private static void row(StringBuilder sb, List<String> cells) {
		sb.append('|');
		cells.forEach(c -> sb.append(' ').append(Markdown.oneLine(c)).append(" |"));
		sb.append('\n');
	}
}

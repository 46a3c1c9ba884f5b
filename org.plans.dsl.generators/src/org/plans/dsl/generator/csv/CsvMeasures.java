package org.plans.dsl.generator.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.plans.dsl.facts.Cadences;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.generator.text.MeasureWords;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Quantity;

/**
 * {@code <plan>-measures.csv}: one row per baseline, milestone and position of every measure
 * (each point once, as {@link MeasureWords#points} lists them), with the measure's own facts
 * repeated on each row so that a spreadsheet can filter and chart it; numbers plain, dates as
 * written and as the ISO day they stand for, and each position against the goal in force in
 * the board report's words.
 */
final class CsvMeasures {

	static final String SUFFIX = "-measures.csv";

	private record Point(PlanFacts plan, MeasureFacts measure, MeasurePoint point) {
	}

	private record Column(String heading, BiFunction<Point, MeasurePoint, String> value) {
	}

	private static final List<Column> COLUMNS = columns();

	private CsvMeasures() {
	}

	/** The headings, in order: what docs/generators.md lists. */
	static List<String> headings() {
		return COLUMNS.stream().map(Column::heading).toList();
	}

	static String table(PlanFacts plan) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (MeasureFacts measure : plan.measures()) {
			for (MeasurePoint point : MeasureWords.points(measure)) {
				Point row = new Point(plan, measure, point);
				rows.add(COLUMNS.stream().map(c -> c.value().apply(row, point)).toList());
			}
		}
		return CsvTable.of(headings(), rows);
	}

	private static List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("Plan", (r, p) -> r.plan().id()));
		columns.add(new Column("Measure", (r, p) -> r.measure().measure().getName()));
		columns.add(new Column("Measure title", (r, p) -> r.measure().measure().getTitle()));
		columns.add(new Column("Unit", (r, p) -> MeasureWords.unit(r.measure())));
		columns.add(new Column("Better", (r, p) -> r.measure().direction().map(d -> d.getLiteral()).orElse("")));
		columns.add(new Column("Measured", (r, p) -> r.measure().frequency().map(Cadences::describe).orElse("")));
		columns.add(new Column("Source", (r, p) -> r.measure().source().orElse("")));
		columns.add(new Column("Point", (r, p) -> Words.pointKind(p)));
		columns.add(new Column("Comparator", (r, p) -> PointFacts.comparator(p).map(Words::comparator).orElse("")));
		columns.add(new Column("Value", (r, p) -> Words.quantity(MeasureFacts.valueOf(p))));
		columns.add(new Column("Number", (r, p) -> plain(Optional.ofNullable(p.getValue()).map(Quantity::getValue))));
		columns.add(new Column("Out of", (r, p) -> plain(Optional.ofNullable(p.getValue()).map(Quantity::getTotal))));
		columns.add(new Column("Approximate",
				(r, p) -> p.getValue() == null ? "" : p.getValue().isApproximate() ? "yes" : "no"));
		columns.add(new Column("From", (r, p) -> PointFacts.periodFrom(p).orElse("")));
		columns.add(new Column("Date", (r, p) -> MeasureFacts.dateOf(p)));
		columns.add(new Column("Day", (r, p) -> MeasureFacts.dayOf(p).map(Object::toString).orElse("")));
		columns.add(new Column("For", (r, p) -> PointFacts.label(p).orElse("")));
		columns.add(new Column("Verdict", (r, p) -> PointFacts.verdict(p).map(v -> v.getLiteral()).orElse("")));
		columns.add(new Column("RAG", (r, p) -> PointFacts.rag(p).map(Words::rag).orElse("")));
		columns.add(new Column("Against", (r, p) -> MeasureWords.against(r.measure(), p)));
		columns.add(new Column("Standing", (r, p) -> p instanceof Position position
				? r.measure().standing(position).map(Words::judgement).orElse("") : ""));
		columns.add(new Column("Action", (r, p) -> MeasureWords.writtenIn(r.plan(), p)));
		columns.add(new Column("Words", (r, p) -> MeasureFacts.textOf(p)));
		return List.copyOf(columns);
	}

	private static String plain(Optional<BigDecimal> number) {
		return number.map(BigDecimal::toPlainString).orElse("");
	}
}

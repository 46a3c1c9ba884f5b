package org.plans.dsl.generator.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.CostFacts;
import org.plans.dsl.facts.CostSummary;
import org.plans.dsl.facts.FinancialYear;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.text.LeadWords;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Evidence;
import org.plans.dsl.plans.Link;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.TextKind;

/**
 * {@code csv}: one row per action with every field, for spreadsheets (RFC 4180, UTF-8); and for a
 * plan with measures, {@code <plan>-measures.csv} with one row per baseline, milestone and position.
 */
public class CsvTarget extends PlanFileTarget {

	/** A column: its heading and how to get its text from an action. */
	private record Column(String heading, Function<Row, String> value) {
	}

	private record Row(PlanFacts plan, ActionFacts action, AsOfDate asOf) {
	}

	private static final List<Column> COLUMNS = columns();

	public CsvTarget() {
		super("csv", ".csv", "one row per action with every field, for spreadsheets");
	}

	@Override
	public String description() {
		return "one row per action with every field, and one per measure point, for spreadsheets (<plan>.csv, <plan>"
				+ CsvMeasures.SUFFIX + ")";
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) throws IOException {
		return table(plan, context.asOf(plan));
	}

	/** The actions' table: one row per action, in the order written. */
	String table(PlanFacts plan, AsOfDate asOf) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (ActionFacts action : plan.actions()) {
			Row row = new Row(plan, action, asOf);
			rows.add(COLUMNS.stream().map(c -> c.value().apply(row)).toList());
		}
		return CsvTable.of(COLUMNS.stream().map(Column::heading).toList(), rows);
	}

	/** The actions' file, then {@code <plan>-measures.csv} for a plan that declares measures. */
	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		for (PlanFacts plan : context.plans()) {
			out.write(FileNames.safe(plan.id()) + ".csv", text(context, plan));
			if (!plan.measures().isEmpty()) {
				out.write(FileNames.safe(plan.id()) + CsvMeasures.SUFFIX, CsvMeasures.table(plan));
			}
		}
	}

	/** The action's costs that the plan's cost summary adds up (in its main currency). */
	private static Stream<CostFacts> totalled(Row r) {
		CostSummary costs = r.plan().costs();
		return costs.costs().stream().filter(c -> c.action().action() == r.action().action() && costs.isAdded(c));
	}

	/** The sum of the action's one-off (or recurring, per year) costs, as a plain number; empty when it has none. */
	private static String amount(Row r, boolean recurring) {
		List<BigDecimal> amounts = totalled(r).filter(c -> (c.kind() == CostFacts.Kind.RECURRING) == recurring)
				.map(CostFacts::amount).toList();
		return amounts.isEmpty() ? "" : amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros()
				.toPlainString();
	}

	private static List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("Plan", r -> r.plan().id()));
		columns.add(new Column("Priority", r -> r.action().priority() == null ? "" : r.action().priority().getName()));
		columns.add(new Column("Priority title", r -> r.action().priority() == null ? "" : r.action().priority().getTitle()));
		columns.add(new Column("Objective", r -> r.action().objective() == null ? "" : r.action().objective().getTitle()));
		columns.add(new Column("Ref", r -> r.plan().key(r.action())));
		columns.add(new Column("Action", r -> r.action().title()));
		columns.add(new Column("Leads", r -> r.action().leads().isEmpty() ? LeadWords.noLead(r.action()).orElse("")
				: join(r.action().leads().stream().map(LeadWords::post).toList())));
		columns.add(new Column("Supported by", r -> join(r.action().supporters().stream().map(LeadWords::post).toList())));
		columns.add(new Column("Involves", r -> join(r.action().involved().stream().map(Words::party).toList())));
		columns.add(new Column("Start", r -> r.action().start().describe()));
		columns.add(new Column("Due", r -> r.action().due().describe()));
		columns.add(new Column("Deadline", r -> r.action().deadline().map(LocalDate::toString).orElse("")));
		columns.add(new Column("Status", r -> Words.status(r.action().status())));
		columns.add(new Column("RAG", r -> r.action().latestRag().map(Words::rag).orElse("")));
		columns.add(new Column("Overdue", r -> !r.asOf().isGiven() ? "" : r.asOf().isOverdue(r.action()) ? "yes" : "no"));
		columns.add(new Column("Latest progress date",
				r -> r.action().latestProgress().map(p -> p.getDate() == null ? "" : p.getDate()).orElse("")));
		columns.add(new Column("Latest progress",
				r -> r.action().latestProgress().map(p -> p.getText() == null ? "" : p.getText()).orElse("")));
		for (TextKind kind : TextKind.values()) {
			columns.add(new Column(Words.capitalised(kind.getLiteral()), r -> String.join("\n", r.action().texts(kind))));
		}
		columns.add(new Column("Targets", r -> String.join("\n", r.action().targets().stream().map(Words::target).toList())));
		columns.add(new Column("Positions", r -> String.join("\n",
				r.action().points().stream().filter(Position.class::isInstance).map(Words::measured).toList())));
		columns.add(new Column("Deliverables", r -> String.join("\n", r.action().deliverables().stream().map(Words::deliverable).toList())));
		columns.add(new Column("Costs", r -> join(r.action().costs().stream().map(Words::cost).toList())));
		columns.add(new Column("One-off cost", r -> amount(r, false)));
		columns.add(new Column("Recurring cost per year", r -> amount(r, true)));
		columns.add(new Column("Cost from year", r -> totalled(r).flatMap(c -> c.from().stream())
				.map(d -> FinancialYear.of(d, r.plan().calendar().financialYearStart()).label()).findFirst().orElse("")));
		columns.add(new Column("Risks", r -> String.join("\n", Members.of(r.action().action(), Risk.class).stream().map(Words::risk).toList())));
		columns.add(new Column("Evidence",
				r -> String.join("\n", Members.of(r.action().action(), Evidence.class).stream().map(Words::evidence).toList())));
		columns.add(new Column("Links", r -> String.join("\n", Members.of(r.action().action(), Link.class).stream().map(Words::link).toList())));
		columns.add(new Column("Depends on", r -> join(Stream.concat(r.action().dependsOn().stream().map(a -> dependency(r, a)),
				r.action().dependsOnPartners().stream().map(Words::dependency)).toList())));
		columns.add(new Column("Also under", r -> join(r.action().alsoUnder().stream().map(Words::block).toList())));
		columns.add(new Column("Addresses",
				r -> join(r.action().addresses().stream().map(s -> Plans.nameFrom(r.plan().id(), s)).toList())));
		columns.add(new Column("Tags", r -> join(r.action().tags())));
		columns.add(new Column("Notes", r -> String.join("\n", r.action().notes())));
		return List.copyOf(columns);
	}

	private static String dependency(Row row, Action action) {
		return row.plan().action(action).map(a -> row.plan().key(a)).orElse(action.getName() == null ? action.getTitle()
				: Plans.nameFrom(row.plan().id(), action));
	}

	private static String join(List<String> values) {
		return String.join("; ", values);
	}
}

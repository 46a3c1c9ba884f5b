package org.plans.dsl.generator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.html.HtmlPage;
import org.plans.dsl.generator.html.HtmlParts;
import org.plans.dsl.generator.html.Markup;
import org.plans.dsl.generator.html.SvgChart;
import org.plans.dsl.generator.text.Words;

/**
 * {@code report}: a progress report for a board. RAG counts per priority, overdue actions,
 * actions due in the next period (option {@code period-days}, default 90) and a chart per
 * measure of its baseline, milestones and positions against the target; then the plan's costs
 * added up and its risks; with an earlier version ({@code --since}), what changed since. The
 * same page is the source of {@code report-pdf}.
 */
public class ReportTarget extends PlanFileTarget {

	public static final String PERIOD_DAYS = "period-days";
	static final int DEFAULT_PERIOD_DAYS = 90;

	/** What a measure without dated values shows instead of a chart. */
	public static final String NO_CHART = "No baseline, milestones or positions recorded yet.";

	public ReportTarget() {
		super("report", "-report.html",
				"an HTML progress report for a board, with RAG counts and measure charts; option period-days=90");
	}

	@Override
	public Set<String> optionKeys() {
		return Set.of(PERIOD_DAYS);
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) {
		return page(context, plan);
	}

	/** The report page of {@code plan}: the {@code report} target's file, and what {@code report-pdf} prints. */
	public static String page(GenerationContext context, PlanFacts plan) {
		return report(context, plan, context.asOf(plan), periodDays(context));
	}

	/** The {@code period-days} option: how far ahead "due soon" looks. */
	public static int periodDays(GenerationContext context) {
		String value = context.option(PERIOD_DAYS, String.valueOf(DEFAULT_PERIOD_DAYS)).trim();
		try {
			int days = Integer.parseInt(value);
			if (days >= 0) {
				return days;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(
				"Option " + PERIOD_DAYS + " must be a whole number of days (0 or more), not \"" + value + "\"");
	}

	/** "Progress report: Demo plan", the report's heading and document title in every format. */
	public static String title(PlanFacts plan) {
		return "Progress report: " + plan.title();
	}

	private static String report(GenerationContext context, PlanFacts plan, AsOfDate asOf, int periodDays) {
		StringBuilder body = new StringBuilder(HtmlParts.header(title(plan), plan, asOf));
		body.append(ChangesSection.of(context, plan));
		body.append("<section>\n<h2>RAG by priority</h2>\n").append(HtmlParts.ragSummary(plan, asOf)).append("</section>\n");
		if (asOf.isGiven()) {
			List<ActionFacts> overdue = asOf.overdue();
			body.append("<section>\n").append(Markup.element("h2", null, "Overdue actions (" + overdue.size() + ")"))
					.append('\n').append(HtmlParts.table(overdue, asOf, true, false)).append("</section>\n");
			List<ActionFacts> due = asOf.dueWithin(periodDays);
			body.append("<section>\n")
					.append(Markup.element("h2", null, "Due in the next " + periodDays + " days, to "
							+ Words.date(asOf.until(periodDays).orElseThrow()) + " (" + due.size() + ")"))
					.append('\n').append(HtmlParts.table(due, asOf, true, false)).append("</section>\n");
		} else {
			body.append("<section>\n<h2>Overdue and due soon</h2>\n")
					.append(Markup.element("p", "meta", Words.NO_AS_OF
							+ ". Give the plan an \"as of\" line, or run with --as-of, to list overdue actions and those due in the next "
							+ periodDays + " days."))
					.append("\n</section>\n");
		}
		if (!plan.measures().isEmpty()) {
			body.append("<section>\n<h2>Measures</h2>\n");
			plan.measures().forEach(m -> body.append(measure(m)));
			body.append("</section>\n");
		}
		body.append(CostTables.section(plan)).append(RiskTable.section(plan));
		return HtmlPage.of(title(plan), body.toString());
	}

	private static String measure(MeasureFacts measure) {
		StringBuilder sb = new StringBuilder("<figure class=\"chart\">\n");
		sb.append(Markup.element("h3", null, measure.measure().getTitle())).append('\n');
		String chart = SvgChart.of(measure);
		sb.append(chart.isEmpty() ? Markup.element("p", "meta", NO_CHART) + "\n" : chart);
		String caption = caption(measure);
		if (!caption.isEmpty()) {
			sb.append(Markup.element("figcaption", null, caption)).append('\n');
		}
		return sb.append("</figure>\n").toString();
	}

	/** A chart's caption in words: baseline, milestones, latest position and standing, targets, direction; "" when none. */
	public static String caption(MeasureFacts measure) {
		List<String> caption = new ArrayList<>();
		if (!measure.baselines().isEmpty()) {
			caption.add("Baseline " + Words.points(measure.baselines()));
		}
		if (!measure.milestones().isEmpty()) {
			caption.add("Milestones " + Words.points(measure.milestones()));
		}
		measure.latestPosition().ifPresent(p -> {
			caption.add("Latest position " + Words.point(p));
			measure.standing(p).ifPresent(st -> caption.add(Words.capitalised(Words.standing(st))));
		});
		measure.targets().forEach(t -> caption.add("Target " + Words.target(t)));
		measure.direction().ifPresent(d -> caption.add(Words.capitalised(d.getLiteral()) + " is better"));
		return caption.isEmpty() ? "" : String.join(". ", caption) + ".";
	}
}

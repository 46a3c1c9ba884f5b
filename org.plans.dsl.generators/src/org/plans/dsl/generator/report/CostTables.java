package org.plans.dsl.generator.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.plans.dsl.facts.CostFacts;
import org.plans.dsl.facts.CostSummary;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.html.Markup;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Budget;

/** The board report's costs section: totals by financial year and by priority, and the costs not added up. */
final class CostTables {

	private CostTables() {
	}

	static String section(PlanFacts plan) {
		CostSummary costs = plan.costs();
		if (costs.isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("<section>\n<h2>Costs</h2>\n");
		if (!costs.budgets().isEmpty()) {
			sb.append(Markup.element("p", null, "Budget: " + budgets(costs.budgets()) + ".")).append('\n');
		}
		if (!costs.years().isEmpty()) {
			sb.append("<table class=\"costs\">\n<caption>By financial year</caption>\n<thead><tr><th>Year</th>"
					+ "<th class=\"num\">One-off</th><th class=\"num\">Recurring</th><th class=\"num\">Total</th></tr></thead>\n<tbody>\n");
			for (CostSummary.YearTotal year : costs.years()) {
				sb.append("<tr>").append(Markup.element("th", null, year.year().map(y -> y.label()).orElse("Year not given")))
						.append(money(costs, year.oneOff())).append(money(costs, year.recurring()))
						.append(money(costs, year.total())).append("</tr>\n");
			}
			sb.append("</tbody>\n</table>\n");
		}
		boolean priorityBudgets = costs.priorities().stream().anyMatch(p -> !p.budgets().isEmpty());
		if (costs.currency().isPresent() || priorityBudgets) {
			sb.append(byPriority(costs));
		}
		List<CostFacts> others = costs.notTotalled();
		if (!others.isEmpty()) {
			sb.append("<p class=\"meta\">Not added up (no currency, another currency, words only, or a day rate with no duration):</p>\n<ul>\n");
			others.forEach(c -> sb.append(Markup.element("li", null,
					Words.block(c.action().action()) + ": " + Words.cost(c.cost()))).append('\n'));
			sb.append("</ul>\n");
		}
		return sb.append("</section>\n").toString();
	}

	private static String byPriority(CostSummary costs) {
		StringBuilder sb = new StringBuilder();
		sb.append("<table class=\"costs\">\n<caption>By priority</caption>\n<thead><tr><th>Priority</th>"
				+ "<th class=\"num\">One-off</th><th class=\"num\">Recurring per year</th><th>Budget</th></tr></thead>\n<tbody>\n");
		for (CostSummary.PriorityTotal priority : costs.priorities()) {
			sb.append("<tr>").append(Markup.element("th", null, Words.priority(priority.priority())))
					.append(money(costs, priority.oneOff())).append(money(costs, priority.recurringPerYear()))
					.append(Markup.element("td", null, budgets(priority.budgets()))).append("</tr>\n");
		}
		return sb.append("</tbody>\n</table>\n").toString();
	}

	private static String money(CostSummary costs, BigDecimal amount) {
		return Markup.element("td", "num", Words.money(costs.currency(), amount));
	}

	private static String budgets(List<Budget> budgets) {
		return budgets.stream().map(Words::budget).collect(Collectors.joining("; "));
	}
}

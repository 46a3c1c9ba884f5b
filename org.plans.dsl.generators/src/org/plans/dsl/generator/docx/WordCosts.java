package org.plans.dsl.generator.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.plans.dsl.facts.CostFacts;
import org.plans.dsl.facts.CostSummary;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Budget;

/** The costs section of both Word targets, from {@link CostSummary}: budgets, totals by financial year and by priority, what was not added up. */
final class WordCosts {

	private WordCosts() {
	}

	static void add(XWPFDocument document, PlanFacts plan) {
		CostSummary costs = plan.costs();
		if (costs.isEmpty()) {
			return;
		}
		WordParts.paragraph(document, DocxStyles.HEADING_1, "Costs");
		if (!costs.budgets().isEmpty()) {
			WordParts.paragraph(document, null, "Budget: " + budgets(costs.budgets()) + ".");
		}
		if (!costs.years().isEmpty()) {
			WordParts.paragraph(document, DocxStyles.HEADING_2, "By financial year");
			List<List<String>> rows = new ArrayList<>();
			for (CostSummary.YearTotal year : costs.years()) {
				rows.add(List.of(year.year().map(y -> y.label()).orElse("Year not given"),
						Words.money(costs.currency(), year.oneOff()), Words.money(costs.currency(), year.recurring()),
						Words.money(costs.currency(), year.total())));
			}
			WordParts.table(document, List.of("Year", "One-off", "Recurring", "Total"), rows);
		}
		boolean priorityBudgets = costs.priorities().stream().anyMatch(p -> !p.budgets().isEmpty());
		if (costs.currency().isPresent() || priorityBudgets) {
			WordParts.paragraph(document, DocxStyles.HEADING_2, "By priority");
			List<List<String>> rows = new ArrayList<>();
			for (CostSummary.PriorityTotal priority : costs.priorities()) {
				rows.add(List.of(Words.priority(priority.priority()), Words.money(costs.currency(), priority.oneOff()),
						Words.money(costs.currency(), priority.recurringPerYear()), budgets(priority.budgets())));
			}
			WordParts.table(document, List.of("Priority", "One-off", "Recurring per year", "Budget"), rows);
		}
		List<CostFacts> others = costs.notTotalled();
		if (!others.isEmpty()) {
			WordParts.paragraph(document, null,
					"Not added up (no currency, another currency, words only, or a day rate with no duration):");
			others.forEach(c -> WordParts.paragraph(document, DocxStyles.LIST,
					Words.block(c.action().action()) + ": " + Words.cost(c.cost())));
		}
	}

	private static String budgets(List<Budget> budgets) {
		return budgets.stream().map(Words::budget).collect(Collectors.joining("; "));
	}
}

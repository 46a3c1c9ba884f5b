package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plans.dsl.plans.Budget;
import org.plans.dsl.plans.Priority;

/**
 * A plan's costs added up, for the board report and the CSV and JSON outputs: by financial year
 * (one-off and recurring) and by priority (one-off, recurring per year, and the budget set
 * aside). Totals are in the plan's main currency (the one most of its costs are in); costs in
 * another currency, without a currency, or in words only are listed in {@link #notTotalled()}.
 * A recurring cost counts in every year from its start to the action's deadline, else to the end
 * of the plan's period, else to the last year another cost falls in.
 *
 * @param years in year order; a row without a year last, for costs the plan gives no date for
 */
public record CostSummary(Optional<String> currency, List<YearTotal> years, List<PriorityTotal> priorities,
		List<CostFacts> costs, List<Budget> budgets) {

	/** What a financial year (or, with no year, the costs the plan dates nowhere) costs. */
	public record YearTotal(Optional<FinancialYear> year, BigDecimal oneOff, BigDecimal recurring) {

		public BigDecimal total() {
			return oneOff.add(recurring);
		}
	}

	/** What a priority's actions cost, beside the budget the priority sets aside. */
	public record PriorityTotal(Priority priority, BigDecimal oneOff, BigDecimal recurringPerYear,
			List<Budget> budgets) {
	}

	static CostSummary of(PlanFacts plan) {
		List<CostFacts> costs = new ArrayList<>();
		for (ActionFacts action : plan.actions()) {
			action.costs().forEach(c -> costs.add(CostFacts.of(c, action, plan.calendar())));
		}
		Optional<String> currency = mainCurrency(costs);
		List<CostFacts> totalled = costs.stream().filter(c -> isAdded(c, currency)).toList();
		return new CostSummary(currency, years(plan, totalled), priorities(plan, totalled), List.copyOf(costs),
				plan.headerDetails(Budget.class));
	}

	/** Whether the summary adds this cost up: money in the plan's main currency. */
	public boolean isAdded(CostFacts cost) {
		return isAdded(cost, currency);
	}

	private static boolean isAdded(CostFacts cost, Optional<String> currency) {
		return cost.isTotalled() && currency.map(m -> m.equals(cost.currency())).orElse(false);
	}

	/** Costs shown but not added up: words only, no currency, another currency, a day rate with no duration. */
	public List<CostFacts> notTotalled() {
		return costs.stream().filter(c -> c.kind() != CostFacts.Kind.NONE && !isAdded(c)).toList();
	}

	public boolean isEmpty() {
		return costs.isEmpty() && budgets.isEmpty() && priorities.stream().allMatch(p -> p.budgets().isEmpty());
	}

	private static Optional<String> mainCurrency(List<CostFacts> costs) {
		Map<String, Long> counts = costs.stream().filter(CostFacts::isTotalled)
				.collect(Collectors.groupingBy(CostFacts::currency, LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
	}

	private static List<YearTotal> years(PlanFacts plan, List<CostFacts> costs) {
		Function<CostFacts, Optional<FinancialYear>> yearOf = c -> c.from()
				.map(d -> FinancialYear.of(d, plan.calendar().financialYearStart()));
		Optional<FinancialYear> last = plan.coversTo()
				.map(d -> FinancialYear.of(d.last(), plan.calendar().financialYearStart()))
				.or(() -> costs.stream().flatMap(c -> c.until().or(c::from).stream())
						.map(d -> FinancialYear.of(d, plan.calendar().financialYearStart())).max(Comparator.naturalOrder()));
		TreeMap<FinancialYear, BigDecimal[]> byYear = new TreeMap<>();
		BigDecimal undatedOneOff = BigDecimal.ZERO;
		BigDecimal undatedRecurring = BigDecimal.ZERO;
		for (CostFacts cost : costs) {
			Optional<FinancialYear> first = yearOf.apply(cost);
			boolean recurring = cost.kind() == CostFacts.Kind.RECURRING;
			if (first.isEmpty() && recurring) {
				undatedRecurring = undatedRecurring.add(cost.amount());
			} else if (first.isEmpty()) {
				undatedOneOff = undatedOneOff.add(cost.amount());
			} else if (!recurring) {
				add(byYear, first.get(), 0, cost.amount());
			} else {
				FinancialYear end = cost.until().map(d -> FinancialYear.of(d, plan.calendar().financialYearStart()))
						.or(() -> last).filter(y -> y.compareTo(first.get()) >= 0).orElse(first.get());
				for (FinancialYear y = first.get(); y.compareTo(end) <= 0; y = y.next()) {
					add(byYear, y, 1, cost.amount());
				}
			}
		}
		List<YearTotal> years = new ArrayList<>();
		byYear.forEach((y, sums) -> years.add(new YearTotal(Optional.of(y), sums[0], sums[1])));
		if (undatedOneOff.signum() != 0 || undatedRecurring.signum() != 0) {
			years.add(new YearTotal(Optional.empty(), undatedOneOff, undatedRecurring));
		}
		return List.copyOf(years);
	}

	private static void add(TreeMap<FinancialYear, BigDecimal[]> byYear, FinancialYear year, int column,
			BigDecimal amount) {
		BigDecimal[] sums = byYear.computeIfAbsent(year, y -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		sums[column] = sums[column].add(amount);
	}

	private static List<PriorityTotal> priorities(PlanFacts plan, List<CostFacts> costs) {
		List<PriorityTotal> result = new ArrayList<>();
		for (PriorityFacts priority : plan.priorityFacts()) {
			BigDecimal oneOff = BigDecimal.ZERO;
			BigDecimal perYear = BigDecimal.ZERO;
			for (CostFacts cost : costs) {
				if (cost.action().priority() == priority.priority()) {
					if (cost.kind() == CostFacts.Kind.RECURRING) {
						perYear = perYear.add(cost.amount());
					} else {
						oneOff = oneOff.add(cost.amount());
					}
				}
			}
			result.add(new PriorityTotal(priority.priority(), oneOff, perYear,
					Members.of(priority.priority(), Budget.class)));
		}
		return List.copyOf(result);
	}
}

package org.plans.dsl.generator.json;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.plans.dsl.facts.CostSummary;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.generator.json.model.CostSummaryJson;
import org.plans.dsl.generator.json.model.DateJson;
import org.plans.dsl.generator.json.model.QuantityJson;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Budget;
import org.plans.dsl.plans.Quantity;

/** The JSON of a plan's {@link CostSummary}; none when the plan has no costs or budgets. */
final class CostSummaries {

	private CostSummaries() {
	}

	static CostSummaryJson of(PlanFacts plan, Function<Quantity, QuantityJson> quantity, Function<String, DateJson> date) {
		CostSummary costs = plan.costs();
		if (costs.isEmpty()) {
			return null;
		}
		Function<List<Budget>, List<CostSummaryJson.Budget>> budgets = list -> list.isEmpty() ? null
				: list.stream().map(b -> new CostSummaryJson.Budget(quantity.apply(b.getAmount()),
						Plans.isWritten(b, "rate") ? b.getRate().getLiteral() : null,
						Optional.ofNullable(b.getFrom()).map(date).orElse(null), b.getText())).toList();
		return new CostSummaryJson(costs.currency().orElse(null),
				costs.years().stream().map(y -> new CostSummaryJson.Year(y.year().map(v -> v.label()).orElse(null),
						y.oneOff(), y.recurring(), y.total())).toList(),
				costs.priorities().stream().map(p -> new CostSummaryJson.PriorityCosts(p.priority().getName(), p.oneOff(),
						p.recurringPerYear(), budgets.apply(p.budgets()))).toList(),
				budgets.apply(costs.budgets()),
				costs.notTotalled().stream()
						.map(c -> new CostSummaryJson.NotTotalled(plan.key(c.action()), Words.cost(c.cost()))).toList());
	}
}

package org.plans.dsl.generator.json.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** The plan's costs added up in its main currency: by financial year, by priority, and what is not added up. */
@JsonInclude(Include.NON_NULL)
public record CostSummaryJson(String currency, List<Year> years, List<PriorityCosts> priorities,
		List<Budget> budgets, List<NotTotalled> notTotalled) {

	/** A financial year ("2024/25"); no year for the costs the plan dates nowhere. */
	@JsonInclude(Include.NON_NULL)
	public record Year(String year, BigDecimal oneOff, BigDecimal recurring, BigDecimal total) {
	}

	@JsonInclude(Include.NON_NULL)
	public record PriorityCosts(String priority, BigDecimal oneOff, BigDecimal recurringPerYear, List<Budget> budgets) {
	}

	/** Money set aside: {@code budget £250,000 per year from 2024/25}. */
	@JsonInclude(Include.NON_NULL)
	public record Budget(QuantityJson amount, String per, DateJson from, String text) {
	}

	/** A cost shown but not added up, with the key of its action. */
	public record NotTotalled(String action, String cost) {
	}
}

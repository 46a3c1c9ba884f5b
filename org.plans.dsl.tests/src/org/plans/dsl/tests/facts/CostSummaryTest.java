package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.CostFacts;
import org.plans.dsl.facts.CostSummary;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** What costs add up to: by financial year (one-off and recurring), by priority, and what is left out. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class CostSummaryTest {

	@Inject
	private PlanLoader loader;

	private CostSummary costs(String text) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", text));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return PlanFacts.of(loaded.resourceSet()).get(0).costs();
	}

	private static final String PLAN = """
			plan demo "Demo" {
			    covers 2024-04 to 2027-03
			    budget £100,000 per year from 2024/25
			}
			priority 1 "Workforce" {
			    budget £30,000
			    action 1.1 "Interim manager" {
			        start 2024-05
			        due 2024-12
			        cost £350 per day for 120 days
			    }
			    action 1.2 "Social workers" {
			        start 2025-01
			        cost £48,000 per year
			    }
			}
			priority 2 "Practice" {
			    action 2.1 "Licence" {
			        due 2025-06
			        cost £2,000 per month for 6 months
			    }
			    action 2.2 "Training" {
			        cost up to £12,000
			    }
			    action 2.3 "Posts" {
			        due 2025-03
			        cost 2 "FTE"
			        cost €500 one-off
			        cost £90 per day
			        cost £350 "per day for 6 months"
			        cost none "met from existing budget"
			    }
			}
			""";

	private static BigDecimal money(String value) {
		return new BigDecimal(value);
	}

	private static void assertAmount(String expected, BigDecimal actual) {
		assertEquals(0, money(expected).compareTo(actual), () -> expected + " but was " + actual);
	}

	@Test
	void oneOffCostsFallInTheYearTheActionStartsAndRecurringOnesInEveryYearToThePlansEnd() {
		CostSummary costs = costs(PLAN);
		assertEquals(Optional.of("£"), costs.currency());
		List<String> years = costs.years().stream().map(y -> y.year().map(v -> v.label()).orElse("none")).toList();
		assertEquals(List.of("2024/25", "2025/26", "2026/27", "none"), years);
		// 2024/25: the day rate (350 x 120) and the first year of the posts (from January 2025)
		assertAmount("42000", costs.years().get(0).oneOff());
		assertAmount("48000", costs.years().get(0).recurring());
		// 2025/26: the licence, due in June 2025 (2,000 x 6), and the posts again
		assertAmount("12000", costs.years().get(1).oneOff());
		assertAmount("48000", costs.years().get(1).recurring());
		assertAmount("48000", costs.years().get(2).total());
		// the training has no date: a ceiling counted without a year
		assertAmount("12000", costs.years().get(3).oneOff());
	}

	@Test
	void prioritiesAddUpTheirActionsBesideTheirBudget() {
		CostSummary costs = costs(PLAN);
		assertEquals(2, costs.priorities().size());
		assertAmount("42000", costs.priorities().get(0).oneOff());
		assertAmount("48000", costs.priorities().get(0).recurringPerYear());
		assertEquals(1, costs.priorities().get(0).budgets().size());
		assertAmount("24000", costs.priorities().get(1).oneOff());
		assertEquals(1, costs.budgets().size());
	}

	@Test
	void amountsWithoutCurrencyOtherCurrenciesAndDayRatesWithoutDurationAreShownNotAdded() {
		CostSummary costs = costs(PLAN);
		List<String> left = costs.notTotalled().stream().map(c -> c.cost().getText() == null
				? c.kind() + " " + c.currency() : c.cost().getText()).toList();
		assertEquals(List.of("FTE", "ONE_OFF €", "NOT_TOTALLED £", "per day for 6 months"), left);
		assertTrue(costs.costs().stream().anyMatch(c -> c.kind() == CostFacts.Kind.NONE));
	}

	@Test
	void aRecurringCostRunsToTheActionsDeadlineAndYearsFollowTheFinancialYearStart() {
		CostSummary costs = costs("""
				plan demo "Demo" { financial year starts 2024-01 }
				priority 1 "P" {
				    action 1.1 "Posts" {
				        due 2026-06
				        cost £1,000 per quarter from 2024
				    }
				}
				""");
		List<String> years = costs.years().stream().map(y -> y.year().orElseThrow().label()).toList();
		assertEquals(List.of("2024", "2025", "2026"), years);
		costs.years().forEach(y -> assertAmount("4000", y.recurring()));
	}
}

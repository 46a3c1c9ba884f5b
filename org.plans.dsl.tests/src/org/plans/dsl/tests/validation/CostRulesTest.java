package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** PLAN-801: a cost whose rate is only in its words, with the structured form to write instead. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class CostRulesTest {

	@Inject
	private PlanLoader loader;

	private List<String> findings(String cost) {
		String plan = "plan demo\nperson sjs \"S\"\npriority 1 \"P\" {\n    action 1.1 \"A\" {\n        lead sjs\n        due 2025-03\n"
				+ "        " + cost + "\n    }\n}\n";
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", plan));
		return loaded.issues().stream().filter(i -> "PLAN-801".equals(i.getCode())).map(i -> i.getMessage()).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"cost £350 \"per day for 6 months\"|cost £350 per day for 6 months",
			"cost £48000 \"a year, from the improvement fund\"|cost £48000 per year",
			"cost £12000 \"annually for 3 years\"|cost £12000 per year for 3 years",
			"cost £350 \"per day for 5 days a week for 6 months\"|cost £350 per day \"",
			"cost €900 \"monthly retainer\"|cost €900 per month" })
	void suggestsTheStructuredForm(String cost, String suggested) {
		List<String> found = findings(cost);
		assertEquals(1, found.size(), found.toString());
		String message = found.get(0);
		assertEquals(true, message.contains("such as: " + suggested), message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "cost £350 per day for 120 days \"agency cover\"", "cost £30000 one-off \"per year of the contract\"",
			"cost up to £12000 \"a year\"", "cost 2 \"FTE per year\"", "cost none \"met from the existing budget each year\"",
			"cost £5000 \"for the training days\"" })
	void leavesCostsThatAreAddedUpOrHaveNoMoney(String cost) {
		assertEquals(List.of(), findings(cost));
	}
}

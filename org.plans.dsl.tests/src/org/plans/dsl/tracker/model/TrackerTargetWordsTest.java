package org.plans.dsl.tracker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** Tracker descriptions print every target form (issue 16). */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TrackerTargetWordsTest {

	@Inject
	private PlanLoader loader;

	@Test
	void everyTargetForm() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve("constructs/targets.plan")));
		PlanFacts plan = PlanFacts.of(loaded.resourceSet()).get(0);
		List<String> words = plan.actions().stream().flatMap(a -> a.targets().stream()).map(TrackerDescriptions::target)
				.toList();
		assertEquals(List.of(
				"What carers tell us about their relationships decrease: fewer complaints about placements, dated by the action's deadline",
				"Approved foster carers increase by 30 by 2026-03", "Agency social workers decrease by 10% by 2024-03",
				"Average caseload between 14 and 16 by 2023-03", "Average caseload ≤ about 18 by 2022-09",
				"Case files dip-sampled by managers ≥ 8 per month", "Reviews held on time ≥ 20 per quarter"), words);
	}
}

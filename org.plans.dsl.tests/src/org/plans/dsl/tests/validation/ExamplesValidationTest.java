package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.TestFiles;

/** Every example validates without errors; the example of every construct shows only the warnings it means to. */
public class ExamplesValidationTest extends ValidationTestBase {

	@Test
	void everyExampleHasNoErrors() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples()));
		assertEquals(List.of(), TestFiles.errors(loaded));
	}

	@Test
	void allConstructs() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve("constructs/all-constructs.plan")));
		assertEquals(List.of(), TestFiles.errors(loaded));
		// Real findings of the example, left in on purpose: a qualitative target, and two
		// actions without a progress update although the board meets monthly.
		assertEquals(List.of("PLAN-401 WARNING all-constructs.plan:54", "PLAN-302 WARNING all-constructs.plan:70",
				"PLAN-302 WARNING all-constructs.plan:75"),
				loaded.issues().stream().map(ValidationTesting::describe).toList(), ValidationTesting.all(loaded));
	}
}

package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.TestFiles;
import org.plans.dsl.validation.ValidationOptions;

import com.google.inject.Inject;

/** The example of every construct validates without errors; its warnings are the ones it shows on purpose. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ExamplesValidationTest {

	@Inject
	private PlanLoader loader;

	@Inject
	private ValidationOptions options;

	@BeforeEach
	void noCallerOptions() {
		options.reset();
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

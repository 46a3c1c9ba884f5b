package org.plans.dsl.tests.validation;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.validation.ValidationOptions;

import com.google.inject.Inject;

/** A loader, and caller options that start and end empty (they are a singleton shared by all tests). */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
abstract class ValidationTestBase {

	@Inject
	protected PlanLoader loader;

	@Inject
	protected ValidationOptions options;

	@BeforeEach
	@AfterEach
	void noCallerOptions() {
		options.reset();
	}
}

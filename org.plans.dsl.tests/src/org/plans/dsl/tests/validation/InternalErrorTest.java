package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.validation.PlansValidator;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A rule that throws is reported on the element it was checking, and the other rules still run. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class InternalErrorTest {

	/** The real rules plus one that always fails; not registered, so other tests never see it. */
	public static class WithBrokenRule extends PlansValidator {

		@Override
		public void register(EValidatorRegistrar registrar) {
		}

		@Check
		public void brokenRule(Action action) {
			throw new IllegalStateException("boom on " + action.getName());
		}

		@Check
		public void brokenByNull(Action action) {
			String nothing = null;
			nothing.length();
		}
	}

	@Inject
	private PlanLoader loader;

	@Inject
	private Injector injector;

	@Test
	void failingRuleIsReportedAndOthersStillRun() {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", """
				plan demo
				priority 1 "Workforce" {
				    action 1.1 "Recruit permanent social workers" {
				        due 2025-03
				    }
				}
				"""));
		PlanFile file = PlanFacts.of(loaded.resourceSet()).get(0).files().get(0);
		Action action = PlanFacts.of(loaded.resourceSet()).get(0).actions().get(0).action();
		WithBrokenRule validator = injector.getInstance(WithBrokenRule.class);
		BasicDiagnostic chain = new BasicDiagnostic();
		Map<Object, Object> context = new HashMap<>();
		context.put(CheckMode.KEY, CheckMode.ALL);
		validator.validate(file, chain, context);
		file.eAllContents().forEachRemaining(obj -> validator.validate(obj, chain, context));

		List<FeatureBasedDiagnostic> internal = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (Diagnostic d : chain.getChildren()) {
			FeatureBasedDiagnostic diagnostic = (FeatureBasedDiagnostic) d;
			codes.add(diagnostic.getIssueCode());
			if (Rule.INTERNAL_ERROR.code().equals(diagnostic.getIssueCode())) {
				internal.add(diagnostic);
			}
		}
		assertEquals(2, internal.size(), codes.toString());
		for (FeatureBasedDiagnostic diagnostic : internal) {
			assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
			assertSame(action, (EObject) diagnostic.getData().get(0));
		}
		assertTrue(internal.stream().anyMatch(d -> d.getMessage()
				.startsWith("Internal error in rule brokenRule (IllegalStateException: boom on 1.1 at InternalErrorTest.java:")), internal.toString());
		assertTrue(internal.stream().anyMatch(d -> d.getMessage().startsWith("Internal error in rule brokenByNull (NullPointerException")));
		assertTrue(codes.contains(Rule.ACTION_WITHOUT_LEAD.code()), "the other rules still ran: " + codes);
	}
}

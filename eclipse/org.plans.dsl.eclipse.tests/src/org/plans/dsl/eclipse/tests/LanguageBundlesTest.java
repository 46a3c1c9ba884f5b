package org.plans.dsl.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.plans.dsl.PlansStandaloneSetup;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.ide.PlansIdeSetup;
import org.plans.dsl.ide.contentassist.antlr.PlansParser;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.services.PlansGrammarAccess;

import com.google.inject.Injector;

/** The plans bundles as Eclipse sees them: resolved by Equinox, wired by their manifests. */
public class LanguageBundlesTest {

	private static Bundle bundle(String symbolicName) {
		Bundle[] all = FrameworkUtil.getBundle(LanguageBundlesTest.class).getBundleContext().getBundles();
		return Arrays.stream(all).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
	}

	@Test
	void languageBundlesResolve() {
		for (String name : List.of("org.plans.dsl", "org.plans.dsl.ide", "org.plans.dsl.eclipse", "org.eclipse.xtext",
				"org.antlr.runtime")) {
			Bundle bundle = bundle(name);
			assertTrue((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
					name + " is not resolved, state " + bundle.getState());
		}
		// the classes come from the bundles through Import-Package, not from a class path
		assertEquals("org.plans.dsl", FrameworkUtil.getBundle(PlansStandaloneSetup.class).getSymbolicName());
		assertEquals("org.plans.dsl.ide", FrameworkUtil.getBundle(PlansIdeSetup.class).getSymbolicName());
		assertEquals("3.2.0", bundle("org.antlr.runtime").getVersion().toString());
	}

	@Test
	void parsesAndValidatesAPlan() {
		Injector injector = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration();
		PlanLoader.Loaded loaded = injector.getInstance(PlanLoader.class)
				.load(List.of(Path.of(System.getProperty("plans.examples"), "constructs", "all-constructs.plan")));
		assertEquals(List.of(), errors(loaded));
		PlanFacts plan = PlanFacts.of(loaded.resourceSet()).get(0);
		assertEquals("demo", plan.id());
		assertEquals("Demo Council Improvement Plan", plan.title());
	}

	@Test
	void reportsSyntaxErrorsWithTheirLine() {
		Injector injector = new PlansStandaloneSetup().createInjectorAndDoEMFRegistration();
		PlanLoader.Loaded loaded = injector.getInstance(PlanLoader.class)
				.loadTexts(Map.of("broken.plan", "plan demo \"Demo\" {\n    organisation 42\n}\n"));
		assertTrue(loaded.hasErrors());
		assertEquals(List.of("broken.plan:2"), loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> "broken.plan:" + i.getLineNumber()).distinct().toList());
	}

	@Test
	void ideServicesComeFromTheIdeBundle() {
		Injector injector = new PlansIdeSetup().createInjectorAndDoEMFRegistration();
		// the content assist parser (its Xtext base class is internal API, hence Object) and the
		// grammar access it is built on, from the runtime bundle
		Object parser = injector.getInstance(PlansParser.class);
		assertEquals("org.plans.dsl.ide", FrameworkUtil.getBundle(parser.getClass()).getSymbolicName());
		PlansGrammarAccess grammar = injector.getInstance(PlansGrammarAccess.class);
		assertEquals("org.plans.dsl.Plans", grammar.getGrammar().getName());
		assertEquals("org.plans.dsl", FrameworkUtil.getBundle(grammar.getClass()).getSymbolicName());
	}

	private static List<String> errors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::toString).toList();
	}
}

package org.plans.dsl.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.naming.PlansQualifiedNameProvider;
import org.plans.dsl.plans.Party;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** A plan over several files, another plan's people by {@code uses}, and qualified names. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class MultiFileScopingTest {

	@Inject
	private PlanLoader loader;

	private static Map<String, String> files(String... nameThenText) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < nameThenText.length; i += 2) {
			files.put(nameThenText[i], nameThenText[i + 1]);
		}
		return files;
	}

	private static String lead(PlanFacts plan, int action) {
		Party party = plan.actions().get(action).leads().get(0);
		return PlansQualifiedNameProvider.planIdOf(party) + "::" + party.getName() + " (" + Plans.kindOf(party) + ")";
	}

	@Test
	void aPlanSpreadOverFiles() {
		PlanLoader.Loaded loaded = loader.loadTexts(files(
				"people.plan", "plan cambs\nperson sjs \"Sarah-Jane Smedmor\"\nrole hos \"Heads of Service\"\n",
				"plan.plan", "plan cambs \"Cambs\"\npriority 1 \"One\" { action 1.1 \"Do\" { lead sjs, hos due 2019-12 } }\n"));
		assertEquals(List.of(), TestFiles.errors(loaded));
		PlanFacts plan = PlanFacts.of(loaded.resourceSet()).get(0);
		assertEquals(2, plan.files().size());
		assertEquals(2, plan.parties().size());
		assertEquals("cambs::sjs (person)", lead(plan, 0));
		assertEquals("Cambs", plan.title());
	}

	@Test
	void anotherPlansPeopleByUses() {
		PlanLoader.Loaded loaded = loader.loadTexts(files(
				"shared.plan", "plan council \"Council directory\"\nperson sjs \"Sarah-Jane Smedmor\"\n",
				"plan.plan", "plan cambs \"Cambs\" { uses council }\npriority 1 \"One\" { action 1.1 \"Do\" { lead sjs } }\n"));
		assertEquals(List.of(), TestFiles.errors(loaded));
		PlanFacts cambs = PlanFacts.of(loaded.resourceSet()).get(1);
		assertEquals("council::sjs (person)", lead(cambs, 0));
	}

	@Test
	void ownDeclarationWinsAndQualifiedNamesReachOthers() {
		PlanLoader.Loaded loaded = loader.loadTexts(files(
				"shared.plan", "plan council \"Council directory\"\nperson sjs \"Sarah-Jane Smedmor\"\n",
				"plan.plan", "plan cambs \"Cambs\" { uses council }\nteam sjs \"Social justice service\"\n"
						+ "priority 1 \"One\" {\n action 1.1 \"Do\" { lead sjs }\n action 1.2 \"Do\" { lead council::sjs depends on cambs::1.1 }\n}\n"));
		assertEquals(List.of(), TestFiles.errors(loaded));
		PlanFacts cambs = PlanFacts.of(loaded.resourceSet()).get(1);
		assertEquals("cambs::sjs (team)", lead(cambs, 0));
		assertEquals("council::sjs (person)", lead(cambs, 1));
		ActionFacts second = cambs.actions().get(1);
		assertEquals("1.1", second.dependsOn().get(0).getName());
	}

	@Test
	void anUndeclaredLeadIsAnError() {
		PlanLoader.Loaded loaded = loader.loadTexts(files("plan.plan",
				"plan cambs \"Cambs\"\nperson sjs \"S\"\npriority 1 \"One\" { action 1.1 \"Do\" { lead sjz } }\n"));
		assertEquals(1, TestFiles.errors(loaded).size(), TestFiles.errors(loaded).toString());
		assertEquals(3, loaded.issues().stream().filter(i -> i.getMessage().contains("sjz")).findFirst().orElseThrow()
				.getLineNumber());
	}
}

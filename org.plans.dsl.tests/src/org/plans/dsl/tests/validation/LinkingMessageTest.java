package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** Unresolved names say what was expected and suggest the closest declared name. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class LinkingMessageTest {

	@Inject
	private PlanLoader loader;

	private List<String> unresolved(String text) {
		return loader.loadTexts(Map.of("demo.plan", text)).issues().stream()
				.filter(i -> Rule.UNRESOLVED_REFERENCE.code().equals(i.getCode()))
				.map(i -> i.getSeverity() + " " + i.getLineNumber() + " " + i.getMessage()).toList();
	}

	@Test
	void suggestsTheClosestPerson() {
		assertEquals(List.of("ERROR 6 No person, role, team or partner called 'sjss' is declared. Did you mean 'sjs'?"),
				unresolved("""
						plan demo
						person sjs "Sarah-Jane Smedmor"
						person kt "Karen Tolond"
						priority 1 "Workforce" {
						    action 1.1 "Recruit permanent social workers" {
						        lead sjss
						        due 2025-03
						    }
						}
						"""));
	}

	@Test
	void noSuggestionWhenNothingIsClose() {
		assertEquals(List.of("ERROR 4 No person, role, team or partner called 'director' is declared."),
				unresolved("""
						plan demo
						person sjs "Sarah-Jane Smedmor"
						priority 1 "Workforce" {
						    sponsor director
						    action 1.1 "Recruit" { lead sjs due 2025-03 }
						}
						"""));
	}

	@Test
	void namesTheKindOfThingExpected() {
		assertEquals(List.of("ERROR 5 No recommendation or finding called 'r3' is declared. Did you mean 'r1'?",
				"ERROR 5 No action called '1.11' is declared. Did you mean '1.1'?"), unresolved("""
						plan demo
						person sjs "Sarah-Jane Smedmor"
						recommendation r1 "Improve assessments"
						priority 1 "Workforce" {
						    action 1.2 "Recruit" { lead sjs due 2025-03 addresses r3 depends on 1.11 }
						    action 1.1 "Advertise" { lead sjs due 2025-01 }
						}
						"""));
	}

	@Test
	void suggestsNamesFromOtherFilesOfThePlan() {
		List<Issue> issues = loader.loadTexts(Map.of("a.plan", """
				plan demo
				person sjs "Sarah-Jane Smedmor"
				""", "b.plan", """
				plan demo
				priority 1 "Workforce" {
				    action 1.1 "Recruit" { lead sj due 2025-03 }
				}
				""")).issues();
		assertEquals(List.of("No person, role, team or partner called 'sj' is declared. Did you mean 'sjs'?"),
				issues.stream().filter(i -> Rule.UNRESOLVED_REFERENCE.code().equals(i.getCode())).map(Issue::getMessage).toList());
	}

	@Test
	void qualifiedNamesReachAnotherPlan() {
		List<Issue> issues = loader.loadTexts(Map.of("a.plan", """
				plan cambs-2019
				person sjs "Sarah-Jane Smedmor"
				""", "b.plan", """
				plan cambs-2024 {
				    uses cambs-2019
				}
				person sjs "Sam Smith"
				priority 1 "Workforce" {
				    action 1.1 "Recruit" { lead cambs-2019::sjs, sjs due 2025-03 }
				}
				""")).issues();
		assertEquals(List.of(), issues.stream().filter(i -> i.getCode().startsWith("PLAN-0") || i.getCode().equals("PLAN-101"))
				.map(Issue::getMessage).toList());
	}

	@Test
	void unknownUsedPlanSuggestsTheClosestLoaded() {
		List<Issue> issues = loader.loadTexts(Map.of("a.plan", "plan cambs-2019\n", "b.plan", """
				plan cambs-2024 {
				    uses cambs-2019x
				}
				""")).issues();
		assertEquals(List.of("ERROR 2 No plan called 'cambs-2019x' is loaded. Did you mean 'cambs-2019'? Check the plan id,"
				+ " and validate that plan's files together with this one."),
				issues.stream().filter(i -> Rule.UNKNOWN_PLAN.code().equals(i.getCode()))
						.map(i -> i.getSeverity() + " " + i.getLineNumber() + " " + i.getMessage()).toList());
	}

	private static final String TWO_PLANS_DECLARE_SJS = """
			plan cambs-2019
			person sjs "Sarah-Jane Smedmor"
			""";

	@Test
	void nameInAPlanThatIsNotUsedIsSuggestedQualified() {
		List<Issue> issues = loader.loadTexts(Map.of("a.plan", TWO_PLANS_DECLARE_SJS, "b.plan", """
				plan cambs-2024
				priority 1 "Workforce" {
				    action 1.1 "Recruit" { lead sjs due 2025-03 }
				}
				""")).issues();
		assertEquals(List.of("No person, role, team or partner called 'sjs' is declared in this plan or the plans it uses."
				+ " Did you mean 'cambs-2019::sjs'?"), issues.stream()
						.filter(i -> Rule.UNRESOLVED_REFERENCE.code().equals(i.getCode())).map(Issue::getMessage).toList());
	}

	@Test
	void nameDeclaredByTwoUsedPlansMustBeQualified() {
		List<Issue> issues = loader.loadTexts(Map.of("a.plan", TWO_PLANS_DECLARE_SJS, "b.plan", """
				plan hillingdon-2015
				person sjs "Sam Jones"
				""", "c.plan", """
				plan cambs-2024 {
				    uses cambs-2019
				    uses hillingdon-2015
				}
				priority 1 "Workforce" {
				    action 1.1 "Recruit" { lead sjs due 2025-03 }
				}
				""")).issues();
		List<String> messages = issues.stream().filter(i -> Rule.UNRESOLVED_REFERENCE.code().equals(i.getCode()))
				.map(Issue::getMessage).toList();
		assertEquals(1, messages.size(), messages.toString());
		assertTrue(messages.get(0).matches("'sjs' could mean (cambs-2019::sjs or hillingdon-2015::sjs|hillingdon-2015::sjs or cambs-2019::sjs)"
				+ ": more than one plan this file uses declares it\\. Write the one you mean, such as .*::sjs\\."), messages.get(0));
	}
}

package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;

/** Rules over a whole plan written in several files, and the "as of" date the overdue rules use. */
public class WholePlanTest extends ValidationTestBase {

	private static final String PEOPLE = """
			plan demo
			person sjs "Sarah-Jane Smedmor"
			person kt "Karen Tolond"
			""";

	private static final String ACTIONS = """
			plan demo
			person kt "Karen Tolond"
			priority 1 "Workforce" {
			    action 1.1 "Recruit permanent social workers" {
			        lead sjs
			        due 2025-03
			        depends on 2.1
			    }
			}
			""";

	private static final String MORE_ACTIONS = """
			plan demo
			priority 2 "Practice" {
			    action 2.1 "Audit assessments" {
			        lead kt
			        due 2025-03
			        depends on 1.1
			    }
			    action 1.1 "Audit plans" { lead kt due 2025-06 }
			}
			""";

	private PlanLoader.Loaded load(String... namesAndTexts) {
		Map<String, String> files = new TreeMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			files.put(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		return loader.loadTexts(files);
	}

	@Test
	void duplicatesAcrossFilesAreReportedInEachFile() {
		PlanLoader.Loaded loaded = load("a-people.plan", PEOPLE, "b-actions.plan", ACTIONS, "c-more.plan", MORE_ACTIONS);
		assertEquals(List.of("PLAN-101 ERROR a-people.plan:3", "PLAN-101 ERROR b-actions.plan:2"),
				ValidationTesting.found(loaded, Rule.DUPLICATE_NAME.code()));
		assertEquals(List.of("PLAN-102 ERROR b-actions.plan:4", "PLAN-102 ERROR c-more.plan:8"),
				ValidationTesting.found(loaded, Rule.DUPLICATE_ACTION.code()));
		Issue first = loaded.issues().stream().filter(i -> Rule.DUPLICATE_NAME.code().equals(i.getCode())).findFirst()
				.orElseThrow();
		assertEquals("The name 'kt' is declared more than once in plan demo (also at b-actions.plan line 2)."
				+ " Rename or remove one of them.", first.getMessage());
	}

	@Test
	void cyclesAcrossFilesAreReportedOnEachLink() {
		PlanLoader.Loaded loaded = load("b-actions.plan", ACTIONS.replace("person kt \"Karen Tolond\"\n", "")
				.replace("lead sjs", "lead kt"), "a-people.plan", PEOPLE.replace("person sjs \"Sarah-Jane Smedmor\"\n", ""),
				"c-more.plan", MORE_ACTIONS.replace("    action 1.1 \"Audit plans\" { lead kt due 2025-06 }\n", ""));
		assertEquals(List.of("PLAN-604 ERROR b-actions.plan:6", "PLAN-604 ERROR c-more.plan:6"),
				ValidationTesting.found(loaded, Rule.DEPENDENCY_CYCLE.code()), ValidationTesting.all(loaded));
	}

	@Test
	void usedInAnotherFileIsUsed() {
		PlanLoader.Loaded loaded = load("a-people.plan", PEOPLE, "c-more.plan",
				MORE_ACTIONS.replace("lead kt", "lead sjs").replaceFirst("lead sjs", "lead kt").replace("depends on 1.1\n", ""));
		assertEquals(List.of(), ValidationTesting.found(loaded, Rule.UNUSED_PARTY.code()), ValidationTesting.all(loaded));
	}

	@Test
	void cycleSearchCopesWithLongChains() {
		StringBuilder text = new StringBuilder("plan long\nperson sjs \"Sarah-Jane Smedmor\"\npriority 1 \"Chain\" {\n");
		int n = 5000;
		for (int i = 1; i <= n; i++) {
			text.append("action 1.").append(i).append(" \"Step\" { lead sjs due 2025-03 depends on 1.")
					.append(i == n ? 1 : i + 1).append(" }\n");
		}
		text.append("}\n");
		PlanLoader.Loaded loaded = load("long.plan", text.toString());
		assertEquals(n, ValidationTesting.found(loaded, Rule.DEPENDENCY_CYCLE.code()).size());
	}

	private static final String OVERDUE = """
			plan demo {
			    as of 2025-04-30
			}
			person sjs "Sarah-Jane Smedmor"
			priority 1 "Workforce" {
			    action 1.1 "Recruit permanent social workers" {
			        lead sjs
			        due 2025-03
			    }
			}
			""";

	@Test
	void overdueUsesThePlansAsOf() {
		assertEquals(List.of("PLAN-301 WARNING demo.plan:8"),
				ValidationTesting.found(load("demo.plan", OVERDUE), Rule.OVERDUE.code()));
	}

	@Test
	void callersAsOfWinsOverThePlans() {
		options.setAsOf(LocalDate.of(2025, 2, 1));
		assertEquals(List.of(), ValidationTesting.found(load("demo.plan", OVERDUE), Rule.OVERDUE.code()));
		options.setAsOf(LocalDate.of(2026, 1, 1));
		Issue issue = load("demo.plan", OVERDUE.replace("    as of 2025-04-30\n", "")).issues().stream()
				.filter(i -> Rule.OVERDUE.code().equals(i.getCode())).findFirst().orElseThrow();
		assertTrue(issue.getMessage().contains("(as of 2026-01-01)"), issue.getMessage());
	}

	@Test
	void withoutAnyAsOfThereIsNoOverdueCheck() {
		assertEquals(List.of(), ValidationTesting.found(load("demo.plan", OVERDUE.replace("    as of 2025-04-30\n", "")),
				Rule.OVERDUE.code()));
	}
}

package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.support.InPlaceChecks.findings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.InPlaceChecks;
import org.plans.dsl.validation.PlansDiagnostician;
import org.plans.dsl.validation.ValidationOptions;

import com.google.inject.Inject;

/**
 * A file edited in place (the language server) is validated again only where the edit can have
 * changed a finding: the edited action, the actions linked to what changed, every action of a
 * block whose inherited lines changed, everything after a plan-wide edit. What is found is always
 * what a fresh load of the same text finds.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class ReusedFindingsTest {

	private static final String PLAN = """
			plan demo {
			    as of 2025-06
			}
			person sjs "Sarah-Jane Smedmor"
			person ana "Ana Ortiz"
			board ib "Improvement board" meets monthly oversees 2
			priority 1 "Workforce" {
			    objective 1.1a "Recruit" {
			        lead sjs
			        action 1.1 "Advertise" { due 2025-03 }
			        action 1.2 "Interview" { due 2025-09 }
			    }
			    action 1.3 "Induct" { lead ana due 2025-08 depends on 1.4 }
			    action 1.4 "Mentor" { lead ana due 2025-07 }
			}
			priority 2 "Practice" {
			    action 2.1 "Audit" { lead sjs due 2025-12 }
			    action 2.2 "Supervise" { lead ana due 2025-12 }
			}
			""";

	@Inject
	private PlanLoader loader;

	@Inject
	private ValidationOptions options;

	@Test
	void aLoadedFileIsCheckedAsAlways() {
		PlansResource resource = load(PLAN);
		findings(resource);
		assertNull(PlansDiagnostician.actionsChecked(resource), "nothing is kept for a file that is not edited");
	}

	@Test
	void anEditInsideAnActionChecksThatActionOnly() {
		PlansResource resource = edited(PLAN);
		assertEdit(resource, PLAN.replace("{ lead sjs due 2025-12 }", "{ lead nobody due 2025-12 }"), 1);
		assertEdit(resource, PLAN, 1);
	}

	/** The language server keeps an opened file's findings from its first validation: its first edit checks only what it changed. */
	@Test
	void theFirstEditAfterOpeningChecksOnlyWhatItChanged() {
		PlansResource resource = load(PLAN);
		resource.keepFindings();
		findings(resource);
		assertArrayEquals(new int[] { 6, 6 }, PlansDiagnostician.actionsChecked(resource), "the first validation checks all");
		assertEdit(resource, PLAN.replace("{ lead sjs due 2025-12 }", "{ lead nobody due 2025-12 }"), 1);
	}

	@Test
	void anInheritedLeadChecksEveryActionOfItsBlock() {
		PlansResource resource = edited(PLAN);
		assertEdit(resource, PLAN.replace("        lead sjs\n", "        lead none\n"), 2);
	}

	@Test
	void aDeadlineChecksTheActionsThatDependOnIt() {
		PlansResource resource = edited(PLAN);
		assertEdit(resource, PLAN.replace("\"Mentor\" { lead ana due 2025-07 }", "\"Mentor\" { lead ana due 2025-10 }"), 2);
	}

	@Test
	void aChangedPartyChecksTheActionsItLeads() {
		PlansResource resource = edited(PLAN);
		assertEdit(resource, PLAN.replace("person ana \"Ana Ortiz\"", "person ana \"Ana Ortiz-Bell\""), 3);
	}

	@Test
	void aPlanWideEditChecksEverything() {
		PlansResource resource = edited(PLAN);
		assertEdit(resource, PLAN.replace("as of 2025-06", "as of 2025-10"), 6);
		assertEdit(resource, PLAN.replace("meets monthly oversees 2", "meets weekly oversees 2"), 6);
	}

	/** Whole-plan findings say where the other declaration is: an edit that moves lines changes them. */
	@Test
	void wholePlanFindingsFollowMovedLines() {
		String plan = PLAN.replace("{ due 2025-03 }", "{ due 2025-03 note \"Ads\" }")
				.replace("    action 2.2 \"Supervise\"", "    action 2.2 \"Again\" { lead sjs due 2025-12 }\n    action 2.2 \"Supervise\"");
		PlansResource resource = edited(plan);
		List<String> now = likeAFreshLoadAfter(resource, plan.replace("note \"Ads\"", "note \"Ads\nin print\""));
		assertTrue(now.stream().anyMatch(f -> f.contains("numbered twice")), String.join("\n", now));
		String lead = plan.replace("{ lead sjs due 2025-12 }\n    action 2.2 \"Again\"", "{ lead nobody due 2025-12 }\n    action 2.2 \"Again\"");
		resource = edited(plan);
		resource.updateText(lead);
		assertEquals(findings(load(lead)), findings(resource), "a lead changed: the duplicates found before still stand");
	}

	/** Severities changed between two edits (a config file, the caller's options) check everything. */
	@Test
	void changedSeveritiesCheckEverything() {
		PlansResource resource = edited(PLAN);
		options.overrideSeverity("PLAN-301", "error");
		try {
			assertEdit(resource, PLAN.replace("{ lead sjs due 2025-12 }", "{ lead nobody due 2025-12 }"), 6);
		} finally {
			options.severityOverrides().remove("PLAN-301");
		}
	}

	/**
	 * A calendar quarter is questioned once any text of the plan counts financial quarters: an
	 * edit of another action's text changes the finding of an action it did not touch.
	 */
	@Test
	void wholePlanValuesAnActionReadAreCheckedAgain() {
		String plan = PLAN.replace("\"Audit\" { lead sjs due 2025-12 }", "\"Audit\" { lead sjs due 2025-Q4 }")
				.replace("{ lead ana due 2025-08 depends on 1.4 }", "{ lead ana due 2025-08 depends on 1.4 note \"Soon\" }");
		PlansResource resource = edited(plan);
		List<String> now = likeAFreshLoadAfter(resource, plan.replace("note \"Soon\"", "note \"By Q2 2025/26\""));
		assertTrue(now.stream().anyMatch(f -> f.contains("is a calendar quarter")), String.join("\n", now));
	}

	@Test
	void editsNotYetValidatedAddUp() {
		PlansResource resource = edited(PLAN);
		resource.updateText(PLAN.replace("{ lead sjs due 2025-12 }", "{ lead nobody due 2025-12 }"));
		assertEdit(resource, PLAN.replace("{ lead sjs due 2025-12 }", "{ lead nobody due 2025-12 }")
				.replace("{ lead ana due 2025-12 }", "{ lead nobody due 2025-12 }"), 2);
	}

	private static final String WORKLOAD = """
			plan demo {
			    as of 2025-01
			}
			person sjs "Sarah-Jane Smedmor"
			person ana "Ana Ortiz"
			person bo "Bo Berg"
			recommendation r1 "Recruit more" from "Ofsted"
			recommendation r2 "Train more" from "Ofsted"
			priority 1 "Workforce" {
			    action 1.1 "Advertise" {
			        lead sjs
			        due 2025-03
			        addresses r1
			    }
			    action 1.2 "Interview" {
			        lead sjs, ana
			        due 2025-03
			    }
			    action 1.3 "Induct" {
			        lead sjs
			        due 2025-03
			    }
			    action 1.4 "Mentor" { lead ana due 2025-03 }
			    action 1.5 "Review" { lead ana due 2025-03 }
			}
			""";

	/**
	 * Whole-plan findings kept per lead and month, and the plan's index of links and names built
	 * again from the parts of the actions that did not change: after each edit, those of a
	 * fresh load (a lead moved, a lead's only action removed and added back, a month changed, a
	 * lead line reordered, an action closed, a number made a duplicate and back, an address
	 * changed, the title of a party or a recommendation that only unchanged actions name, a
	 * recommendation renamed to the name an unchanged action addresses but could not resolve).
	 */
	@Test
	void wholePlanFindingsAfterEditsAreThoseOfAFreshLoad() {
		options.overrideSetting("workload.max-actions-per-month", "2");
		try {
			PlansResource resource = edited(WORKLOAD);
			List<String> steps = new ArrayList<>();
			String boLeads = WORKLOAD.replace("    action 1.3 \"Induct\" {\n        lead sjs", "    action 1.3 \"Induct\" {\n        lead bo");
			steps.add(boLeads);
			steps.add(boLeads.replace("person bo \"Bo Berg\"", "person bo \"Bo Bergstrom\""));
			steps.add(steps.get(1).replace("    action 1.3 \"Induct\" {\n        lead bo\n        due 2025-03\n    }\n", ""));
			steps.add(steps.get(1));
			steps.add(WORKLOAD);
			steps.add(WORKLOAD.replace("        due 2025-03\n        addresses r1", "        due 2025-04\n        addresses r1"));
			steps.add(WORKLOAD.replace("\"Mentor\" { lead ana due", "\"Mentor\" { lead nobody due"));
			steps.add(WORKLOAD.replace("lead sjs, ana", "lead ana, sjs"));
			steps.add(WORKLOAD.replace("lead sjs, ana\n        due 2025-03", "lead sjs, ana\n        due 2025-03\n        status complete"));
			steps.add(WORKLOAD.replace("action 1.5 \"Review\"", "action 1.4 \"Review\""));
			steps.add(WORKLOAD);
			steps.add(WORKLOAD.replace("        addresses r1\n", "        addresses r2\n"));
			steps.add(WORKLOAD);
			steps.add(WORKLOAD.replace("\"Recruit more\"", "\"Recruit many more\""));
			String unknown = WORKLOAD.replace("\"Mentor\" { lead ana due 2025-03 }", "\"Mentor\" { lead ana due 2025-03 addresses r9 }");
			steps.add(unknown);
			steps.add(unknown.replace("recommendation r2 \"Train more\"", "recommendation r9 \"Train more\""));
			for (String step : steps) {
				resource.updateText(step);
				assertEquals(findings(load(step)), findings(resource), step);
			}
			assertTrue(findings(resource).stream().anyMatch(f -> f.contains("leads 3 open actions")), "a lead over the limit is found");
		} finally {
			options.settings().remove("workload.max-actions-per-month");
		}
	}

	/** Random edits of the lines inside actions of every example: after each, what a fresh load finds. */
	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void findingsAfterEditsInActionsAreThoseOfAFreshLoad(Path example) throws Exception {
		editRandomly(example, 24);
	}

	/** In a large plan most edits inside actions leave most actions' findings to be reused. */
	@Test
	void mostActionsOfALargePlanAreNotCheckedAgain() throws Exception {
		int[] checked = editRandomly(Path.of("../examples/hillingdon-csc-2015.plan"), 24);
		assertTrue(checked[0] * 4 < checked[1], "checked " + checked[0] + " of " + checked[1] + " actions in 24 edits");
	}

	/** Edits the example in place and compares with fresh loads; how many actions were checked, of how many. */
	private int[] editRandomly(Path example, int edits) throws Exception {
		String text = Files.readString(example);
		PlansResource resource = edited(text);
		Random random = new Random(42);
		int[] total = new int[2];
		for (int i = 0; i < edits; i++) {
			text = editActionLine(text, random);
			resource.updateText(text);
			assertEquals(findings(load(text)), findings(resource), example + " after edit " + i + ":\n" + text);
			int[] checked = PlansDiagnostician.actionsChecked(resource);
			total[0] += checked[0];
			total[1] += checked[1];
		}
		return total;
	}

	private static final Pattern LEAD = Pattern.compile("^(\\s*lead )([\\w.-]+)");

	private static final Pattern DATE = Pattern.compile("\\b20\\d\\d-(0[1-9]|1[0-2])\\b");

	private static final Pattern RAG = Pattern.compile("\\b(red|amber|green)\\b");

	/**
	 * An edit an author makes inside an action that keeps the text parseable: another lead (an
	 * unknown one or a declared person), another month, another RAG rating, or a line copied.
	 */
	private static String editActionLine(String text, Random random) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		List<Integer> inActions = linesInActions(lines);
		List<String> people = new ArrayList<>(List.of("nobody"));
		lines.forEach(line -> {
			Matcher person = Pattern.compile("^person ([\\w.-]+)").matcher(line);
			if (person.find()) {
				people.add(person.group(1));
			}
		});
		for (int attempt = 0; attempt < 20 && !inActions.isEmpty(); attempt++) {
			int at = inActions.get(random.nextInt(inActions.size()));
			String line = lines.get(at);
			Matcher lead = LEAD.matcher(line);
			Matcher date = DATE.matcher(line);
			Matcher rag = RAG.matcher(line);
			if (lead.find()) {
				lines.set(at, lead.replaceFirst("$1" + Matcher.quoteReplacement(people.get(random.nextInt(people.size())))));
			} else if (date.find()) {
				lines.set(at, date.replaceFirst((2019 + random.nextInt(9)) + "-" + String.format("%02d", 1 + random.nextInt(12))));
			} else if (rag.find()) {
				lines.set(at, rag.replaceFirst(List.of("red", "amber", "green").get(random.nextInt(3))));
			} else if (line.chars().filter(c -> c == '"').count() % 2 == 0 && line.indexOf('{') < 0 && line.indexOf('}') < 0
					&& !line.isBlank()) {
				lines.add(at, line);
			} else {
				continue;
			}
			return String.join("\n", lines);
		}
		return text;
	}

	/** The lines between an action's braces. */
	private static List<Integer> linesInActions(List<String> lines) {
		List<Integer> inActions = new ArrayList<>();
		boolean inside = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (line.startsWith("action ")) {
				inside = line.endsWith("{");
			} else if (inside && line.equals("}")) {
				inside = false;
			} else if (inside) {
				inActions.add(i);
			}
		}
		return inActions;
	}

	private void assertEdit(PlansResource resource, String text, int checked) {
		resource.updateText(text);
		assertEquals(findings(load(text)), findings(resource), text);
		assertArrayEquals(new int[] { checked, 6 }, PlansDiagnostician.actionsChecked(resource),
				"actions checked again, of all actions");
	}

	/** Brings the file to {@code text}: its findings are a fresh load's. */
	private List<String> likeAFreshLoadAfter(PlansResource resource, String text) {
		resource.updateText(text);
		List<String> now = findings(resource);
		assertEquals(findings(load(text)), now);
		return now;
	}

	/** A file as the language server has it: loaded, validated, then edited in place. */
	private PlansResource edited(String text) {
		PlansResource resource = load(text);
		resource.updateText(text);
		findings(resource);
		return resource;
	}

	private PlansResource load(String text) {
		return InPlaceChecks.load(loader, text);
	}

}

package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.support.InPlaceChecks.describe;
import static org.plans.dsl.tests.support.InPlaceChecks.issues;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.InPlaceChecks;
import org.plans.dsl.tests.support.RandomEdits;
import org.plans.dsl.validation.PlansResourceValidator;

import com.google.inject.Inject;

/**
 * In a file edited in place the issues of findings an edit did not touch are those made before,
 * moved with the text ({@link PlansResourceValidator}): after random edits (lines changed, added
 * and removed) every issue, field by field (place, lines and columns, the object's URI, code,
 * data), is what a fresh load of the same text makes, and most are not made again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class IssuesAfterEditsTest {

	@Inject
	private PlanLoader loader;

	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void issuesAfterEditsAreThoseOfAFreshLoad(Path example) throws Exception {
		String text = Files.readString(example);
		PlansResource resource = load(text);
		resource.updateText(text);
		issues(resource);
		Random random = new Random(example.getFileName().toString().hashCode());
		for (int i = 0; i < 30; i++) {
			RandomEdits.Edit edit = RandomEdits.of(text, random);
			text = edit.applyTo(text);
			resource.updateText(text);
			assertEquals(describe(issues(load(text))), describe(issues(resource)), example + " after edit " + i + " " + edit);
		}
	}

	/**
	 * Findings of an action after the edited one on the same line: the edit moved their columns,
	 * so they are made again (and those on the next lines are moved).
	 */
	@Test
	void findingsAfterAnEditOnItsLineHaveTheirNewColumns() {
		String text = String.join("\n", "plan demo {", "    as of 2025-06", "}", "person ana \"Ana Ortiz\"",
				"priority 1 \"Workforce\" {",
				"    action 1.1 \"Advertise\" { lead ana due 2025-03 } action 1.2 \"Interview\" { due 2025-09 }",
				"    action 1.3 \"Induct\" { due 2025-08 }", "}", "");
		PlansResource resource = load(text);
		resource.updateText(text);
		List<Issue> before = issues(resource);
		assertTrue(before.stream().anyMatch(i -> i.getLineNumber() == 6 && i.getColumn() > 50), describe(before).toString());
		for (String title : List.of("Advertise widely", "Ad", "Advertise")) {
			text = text.replaceFirst("1\\.1 \"[^\"]*\"", "1.1 \"" + title + "\"");
			resource.updateText(text);
			assertEquals(describe(issues(load(text))), describe(issues(resource)), text);
		}
	}

	/** In a large plan an edit of a lead in an action leaves the issues of the findings kept as they were made (a third and more: the others are whole-plan findings, made anew on every edit). */
	@Test
	void mostIssuesOfALargePlanAreNotMadeAgain() throws Exception {
		String text = Files.readString(Path.of("../examples/hillingdon-csc-2015.plan"));
		PlansResource resource = load(text);
		resource.updateText(text);
		List<Issue> before = issues(resource);
		int at = text.indexOf("lead ", text.length() / 2) + "lead ".length();
		String lead = text.substring(at, text.indexOf('\n', at));
		int kept = 0;
		int all = 0;
		for (int i = 0; i < 10; i++) {
			String now = i % 2 == 0 ? "nobody" : lead;
			String was = i % 2 == 0 ? lead : "nobody";
			text = text.substring(0, at) + now + text.substring(at + was.length());
			resource.updateText(text);
			List<Issue> after = issues(resource);
			Set<Issue> earlier = Collections.newSetFromMap(new IdentityHashMap<>());
			earlier.addAll(before);
			kept += (int) after.stream().filter(earlier::contains).count();
			all += after.size();
			before = after;
		}
		assertTrue(all > 100 && kept * 3 > all, kept + " of " + all + " issues kept in 10 edits");
	}

	private PlansResource load(String text) {
		return InPlaceChecks.load(loader, text);
	}


}

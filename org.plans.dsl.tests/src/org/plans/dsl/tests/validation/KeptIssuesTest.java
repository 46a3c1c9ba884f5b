package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.resource.PlansResource;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * A file edited in place keeps the issue of each finding kept across the edit, moved with the
 * text before it; every field of every issue is what a fresh load of the same text gives.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class KeptIssuesTest {

	@Inject
	private PlanLoader loader;

	/** Random edits (comment lines added and removed, leads of other lengths): issues as a fresh load's. */
	@ParameterizedTest
	@MethodSource("org.plans.dsl.tests.support.TestFiles#examplePlans")
	void issuesAfterEditsAreThoseOfAFreshLoad(Path example) throws Exception {
		String text = Files.readString(example);
		PlansResource resource = load(text);
		resource.updateText(text);
		issues(resource);
		Random random = new Random(7);
		for (int i = 0; i < 16; i++) {
			text = edit(text, random, i);
			resource.updateText(text);
			assertEquals(described(issues(load(text))), described(issues(resource)), example + " after edit " + i);
		}
	}

	/** An edit after a finding leaves its issue as it was; an edit before it moves it to a new line. */
	@Test
	void anIssueIsKeptWhereNothingBeforeItMoved() {
		String text = """
				plan demo {
				    as of 2025-06
				}
				person ana "Ana Ortiz"
				priority 1 "Workforce" {
				    action 1.1 "Advertise" { due 2025-03 }
				    action 1.2 "Interview" { lead ana due 2025-09 }
				}
				""";
		PlansResource resource = load(text);
		resource.updateText(text);
		Issue first = withoutLead(issues(resource));
		String after = text.replace("lead ana due 2025-09", "lead ana due 2025-10");
		resource.updateText(after);
		assertSame(first, withoutLead(issues(resource)), "an edit after it keeps the issue");
		String before = after.replace("person ana \"Ana Ortiz\"\n", "person ana \"Ana Ortiz\"\n// a comment\n");
		resource.updateText(before);
		Issue moved = withoutLead(issues(resource));
		assertNotSame(first, moved);
		assertEquals(first.getLineNumber() + 1, moved.getLineNumber());
		assertEquals(described(List.of(moved)), described(List.of(withoutLead(issues(load(before))))));
	}

	private static Issue withoutLead(List<Issue> issues) {
		List<Issue> found = issues.stream().filter(i -> i.getMessage().contains("has no lead")).toList();
		assertTrue(found.size() == 1, "one action without a lead: " + described(issues));
		return found.get(0);
	}

	/** A comment line added inside or between elements, one added before removed again, or a lead renamed. */
	private static String edit(String text, Random random, int round) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int comment = lines.indexOf("// edit");
		if (comment >= 0 && random.nextBoolean()) {
			lines.remove(comment);
			return String.join("\n", lines);
		}
		for (int attempt = 0; attempt < 50; attempt++) {
			int at = random.nextInt(lines.size());
			String line = lines.get(at);
			if (round % 2 == 0 && line.matches("\\s*lead [\\w.-]+\\s*")) {
				lines.set(at, line.replaceFirst("lead [\\w.-]+", "lead " + (line.contains("nobody") ? "n" : "nobody")));
				return String.join("\n", lines);
			}
			if (round % 2 == 1 && comment < 0 && (line.isBlank() || line.trim().endsWith("}"))) {
				lines.add(at + 1, "// edit");
				return String.join("\n", lines);
			}
		}
		return text;
	}

	private PlansResource load(String text) {
		return (PlansResource) loader.loadTexts(Map.of("demo.plan", text)).resourceSet().getResources().get(0);
	}

	private static List<Issue> issues(PlansResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	private static List<String> described(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getType() + " " + i.getOffset() + "+"
				+ i.getLength() + " " + i.getLineNumber() + ":" + i.getColumn() + "-" + i.getLineNumberEnd() + ":"
				+ i.getColumnEnd() + " " + i.getUriToProblem() + " " + Arrays.toString(i.getData()) + " " + i.isSyntaxError()
				+ " " + i.getMessage()).toList();
	}
}

package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.support.TestFiles;

/** Half-written plans (as in an editor, mid-typing) give syntax errors, never a failing rule. */
public class BrokenInputTest extends ValidationTestBase {

	@Test
	void noRuleFailsOnAnyPrefixOfTheConstructsExample() throws IOException {
		String text = Files.readString(TestFiles.examples().resolve("constructs/all-constructs.plan"));
		List<String> failures = new ArrayList<>();
		for (int end = 0; end < text.length(); end += 23) {
			String prefix = text.substring(0, end);
			for (Issue issue : loader.loadTexts(Map.of("cut.plan", prefix)).issues()) {
				if (Rule.INTERNAL_ERROR.code().equals(issue.getCode())) {
					failures.add("cut at " + end + ": " + issue.getMessage());
				}
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void aSecondHalfWrittenDueIsASyntaxErrorAndTheFirstIsStillChecked() {
		String text = """
				plan p "P" {
				    covers 2024-07 to 2025-12
				}
				priority 1 "P" {
				    action 1.1 "A" { due 2026-06 due }
				}
				""";
		List<String> codes = loader.loadTexts(Map.of("two-dues.plan", text)).issues().stream()
				.map(issue -> issue.getCode() + " line " + issue.getLineNumber()).toList();
		assertFalse(codes.stream().anyMatch(code -> code.startsWith(Rule.INTERNAL_ERROR.code())), codes::toString);
		assertTrue(codes.contains(Rule.SYNTAX.code() + " line 5"), codes::toString);
		assertTrue(codes.contains(Rule.OUTSIDE_PLAN_PERIOD.code() + " line 5"), codes::toString);
	}
}

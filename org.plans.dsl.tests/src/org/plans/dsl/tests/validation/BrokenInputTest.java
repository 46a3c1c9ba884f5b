package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.plans.dsl.tests.TestFiles;
import org.plans.dsl.validation.IssueCodes;

/** Half-written plans (as in an editor, mid-typing) give syntax errors, never a failing rule. */
public class BrokenInputTest extends ValidationTestBase {

	@Test
	void noRuleFailsOnAnyPrefixOfTheConstructsExample() throws IOException {
		String text = Files.readString(TestFiles.examples().resolve("constructs/all-constructs.plan"));
		List<String> failures = new ArrayList<>();
		for (int end = 0; end < text.length(); end += 23) {
			String prefix = text.substring(0, end);
			for (Issue issue : loader.loadTexts(Map.of("cut.plan", prefix)).issues()) {
				if (IssueCodes.INTERNAL_ERROR.equals(issue.getCode())) {
					failures.add("cut at " + end + ": " + issue.getMessage());
				}
			}
		}
		assertEquals(List.of(), failures);
	}
}

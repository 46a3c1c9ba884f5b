package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The blocks of a plan's text, for tests that check what is written inside which element. */
final class PlanBlocks {

	private PlanBlocks() {
	}

	/** The block starting with {@code start} at a line's start ("action 1.1 "), up to its closing brace. */
	static String of(String text, String start) {
		Matcher line = Pattern.compile("(?m)^\\s*(" + Pattern.quote(start) + ")").matcher(text);
		assertTrue(line.find(), start + " in\n" + text);
		int depth = 0;
		for (int i = line.start(1); i < text.length(); i++) {
			depth += text.charAt(i) == '{' ? 1 : text.charAt(i) == '}' ? -1 : 0;
			if (depth == 0 && text.charAt(i) == '}') {
				return text.substring(line.start(1), i + 1);
			}
		}
		return text.substring(line.start(1));
	}
}

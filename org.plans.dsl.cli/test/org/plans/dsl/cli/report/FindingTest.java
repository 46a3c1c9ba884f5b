package org.plans.dsl.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A finding's message on one line, whichever line break the message (or a title quoted in it) holds. */
class FindingTest {

	static Stream<Arguments> messages() {
		return Stream.of(Arguments.of("no break at all", "no break at all"),
				Arguments.of("first\nsecond", "first second"),
				Arguments.of("first  \r\n   second", "first second"),
				Arguments.of("a\u2028b\u2029c\u0085d\u000Be\u000Cf", "a b c d e f"),
				Arguments.of("ends with a break\n", "ends with a break "));
	}

	@ParameterizedTest
	@MethodSource("messages")
	void oneLine(String message, String expected) {
		Finding finding = new Finding("a.plan", 1, 1, 1, 1, Level.WARNING, "PLAN-301", message);
		assertEquals(expected, finding.oneLineMessage());
	}
}

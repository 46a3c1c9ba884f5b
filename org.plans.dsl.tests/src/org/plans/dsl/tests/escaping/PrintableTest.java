package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.plans.dsl.escaping.Printable;

/** {@link Printable}: line breaks become "\n", tabs stay, other control characters show as U+FFFD. */
public class PrintableTest {

	@Test
	void keepsLineBreaksAndTabsAndMarksOtherControls() {
		assertEquals("a\nb\nc\td\uFFFD\uFFFD\uFFFD", Printable.of("a\r\nb\rc\td\u0000\u001f\u007f"));
		assertEquals("\u2028 £ 😀", Printable.of("\u2028 £ 😀"));
		assertEquals("", Printable.of(null));
	}
}

package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.plans.dsl.escaping.Terminal;

/** {@link Terminal}: no escape sequence, C1 control or bidirectional override reaches a terminal. */
public class TerminalTest {

	@Test
	void marksEveryControlThatATerminalActsOn() {
		assertEquals("\uFFFD[31mred\uFFFD]0;t\uFFFD \uFFFD31m \uFFFD\uFFFD \uFFFDlive\uFFFD \uFFFD\uFFFD",
				Terminal.text("\u001b[31mred\u001b]0;t\u0007 \u009b31m \u0008\u007f \u202elive\u2066 \u0000\u0085"));
		assertEquals("a\nb\tc\uFFFDd", Terminal.text("a\nb\tc\rd"));
		assertEquals("", Terminal.text(null));
	}

	@Test
	void oneLineTextHasNoLineBreak() {
		assertEquals("ok FAKE a b c", Terminal.line("ok\rFAKE a  \r\n  b\u2028c"));
		assertEquals("£ 😀 é", Terminal.line("£ 😀 é"));
		for (char c : "\n\r\u000B\u000C\u0085\u2028\u2029".toCharArray()) {
			assertEquals("a b", Terminal.line("a \t" + c + "\t b"), "U+%04X".formatted((int) c));
		}
	}

	@Test
	void plainTextIsReturnedAsItIs() {
		String plain = "Recruit 20 social workers (2025-03)";
		assertSame(plain, Terminal.text(plain));
		assertSame(plain, Terminal.line(plain));
	}
}

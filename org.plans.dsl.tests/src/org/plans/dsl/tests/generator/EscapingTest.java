package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plans.dsl.generator.csv.Cells;
import org.plans.dsl.generator.html.Html;
import org.plans.dsl.generator.ics.IcsLines;
import org.plans.dsl.generator.markdown.Markdown;
import org.plans.dsl.generator.text.Words;

/** The per-format escaping helpers on their own. */
public class EscapingTest {

	@Test
	void html() {
		assertEquals("&lt;script&gt;a &amp; b&lt;/script&gt; &quot;x&quot; &#39;y&#39;",
				Html.escape("<script>a & b</script> \"x\" 'y'"));
		assertEquals("a\uFFFDb\nc", Html.escape("a\u0000b\r\nc"));
		assertEquals("<td class=\"c&quot;x\">&lt;b&gt;</td>", Html.element("td", "c\"x", "<b>"));
	}

	@Test
	void printableKeepsLineBreaksAndTabsAndMarksOtherControls() {
		assertEquals("a\nb\nc\td\uFFFD\uFFFD\uFFFD", Words.printable("a\r\nb\rc\td\u0000\u001f\u007f"));
		assertEquals("", Words.printable(null));
	}

	@Test
	void markdownInline() {
		assertEquals("\\[x\\](javascript:alert(1))", Markdown.text("[x](javascript:alert(1))"));
		assertEquals("!\\[img\\](http://e/i.png)", Markdown.text("![img](http://e/i.png)"));
		assertEquals("\\<b\\> \\*a\\* \\_b\\_ \\`c\\` \\| \\~ \\&amp; \\#1 \\\\", Markdown.text("<b> *a* _b_ `c` | ~ &amp; #1 \\"));
	}

	@Test
	void markdownLinesContinueTheParagraph() {
		assertEquals("a\\\n  \\- b\\\n  1\\. c\\\n  \\# d\\\n  \\> e\\\n  \\===",
				Markdown.text("a\n- b\n1. c\n# d\n> e\n===", "  "));
	}

	@Test
	void csvCellsNeverStartAFormula() {
		for (String hostile : new String[] { "=1+1", "+cmd", "-1+1", "@SUM(A1)", "\tx", "\rx" }) {
			assertTrue(Cells.safe(hostile).startsWith("'"), hostile);
		}
		assertEquals("'=HYPERLINK(\"http://e/\")", Cells.safe("=HYPERLINK(\"http://e/\")"));
		assertEquals("2024-03-31", Cells.safe("2024-03-31"));
		assertEquals("a-b", Cells.safe("a-b"));
		assertEquals("", Cells.safe(null));
	}

	@Test
	void icsFoldsAt75OctetsWithoutSplittingCharacters() {
		String line = "DESCRIPTION:" + "£€😀a".repeat(40);
		String folded = IcsLines.fold(line + "\r\nEND:VTODO\r\n");
		for (String part : folded.split("\r\n")) {
			assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
		}
		assertEquals(line + "END:VTODO", folded.replace("\r\n ", "").replace("\r\n", ""));
		assertTrue(folded.endsWith("\r\nEND:VTODO\r\n"));
		assertEquals("SHORT:x\r\n", IcsLines.fold("SHORT:x"));
	}
}

package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.escaping.Markdown;

/** {@link Markdown}: plan text renders as the same text, with no markup of its own. */
public class MarkdownTest {

	private static final String[] HOSTILE = { "<script>alert(1)</script>", "[x](javascript:alert(1))",
			"![img](http://evil.example/i.png)", "*em* _em_ **strong** ~~del~~", "`code` ``more``", "a | b | c",
			"&amp; &lt;b&gt; &#35;", "# not a heading", "> not a quote", "- not a list", "1. not a list",
			"<http://auto.link>", "back\\slash\\", "\"quotes\" 'single'" };

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "[x](javascript:alert(1))", "![img](http://evil.example/i.png)",
			"*em* _em_ **strong** ~~del~~", "`code` ``more``", "a | b | c", "&amp; &lt;b&gt; &#35;", "# not a heading",
			"<http://auto.link>", "back\\slash\\", "\"quotes\" 'single'", "<!-- plans:key=x -->" })
	void oneLineRendersAsItsText(String hostile) {
		Document doc = render("Text: " + Markdown.text(hostile));
		assertEquals(1, doc.body().select("*").size() - 1, doc.body().html());
		assertEquals("Text: " + hostile, doc.selectFirst("p").wholeText());
	}

	@ParameterizedTest
	@ValueSource(strings = { "a | b", "|", "x\\|y", "`a|b`" })
	void pipesCannotEndATableCell(String text) {
		String escaped = Markdown.text(text);
		assertFalse(escaped.replace("\\\\", "").replace("\\|", "").contains("|"), escaped);
	}

	@Test
	void linesContinueTheParagraph() {
		String hostile = String.join("\n", HOSTILE);
		String escaped = Markdown.text(hostile, "  ");
		assertEquals("a\\\n  \\- b\\\n  1\\. c\\\n  \\# d\\\n  \\> e\\\n  \\===",
				Markdown.text("a\n- b\n1. c\n# d\n> e\n===", "  "));
		Document doc = render("- " + escaped);
		assertEquals(1, doc.select("li").size(), doc.body().html());
		assertTrue(doc.select("a, img, em, strong, code, h1, blockquote, ol, script, del").isEmpty(), doc.body().html());
		doc.select("br").remove();
		assertEquals(hostile, doc.selectFirst("li").wholeText().strip());
	}

	@Test
	void oneLineJoinsLinesWithSpaces() {
		assertEquals("a b \\* c", Markdown.oneLine("a\n  b\r\n\t* c"));
		assertEquals("x\uFFFDy \\&amp;", Markdown.oneLine("x\u0001y &amp;"));
		assertEquals("", Markdown.oneLine(null));
	}

	private static Document render(String markdown) {
		return Jsoup.parseBodyFragment(HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)));
	}
}

package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.escaping.Html;
import org.plans.dsl.escaping.Printable;

/** {@link Html}: plan text stays text in element content and in quoted attribute values. */
public class HtmlTest {

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "a & b &amp; &lt;", "\"><img src=x onerror=alert(1)>",
			"' onmouseover='alert(2)", "`backtick` ${x}", "</title><script>x</script>", "<!-- plans:key=x -->",
			"line\r\nbreak\rand\ttab", "\u0000nul\u0007bell\u001b[31m\u007f", "]]><![CDATA[", "plain text", "" })
	void readsBackAsTheSameTextInContentAndAttributes(String hostile) {
		String escaped = Html.escape(hostile);
		for (char c : "<>\"'".toCharArray()) {
			assertFalse(escaped.indexOf(c) >= 0, "raw " + c + " in " + escaped);
		}
		Element p = Jsoup.parseBodyFragment("<p title=\"" + escaped + "\">" + escaped + "</p>"
				+ "<p title='" + escaped + "'>x</p>").select("p").first();
		assertEquals(Printable.of(hostile), p.wholeText());
		assertEquals(Printable.of(hostile), p.attr("title"));
		assertEquals(Printable.of(hostile), p.nextElementSibling().attr("title"));
		assertEquals(2, p.parent().children().size(), "no element came from the text");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "a & b &amp; &lt;", "\"><img src=x onerror=alert(1)>",
			"</p><p>x", "<!-- plans:key=x -->", "line\r\nbreak", "\u0000nul\u001b[31m", "plain \"text\" 'x'" })
	void contentReadsBackAsTheSameTextInAnElement(String hostile) {
		String escaped = Html.content(hostile);
		assertFalse(escaped.indexOf('<') >= 0 || escaped.indexOf('>') >= 0, escaped);
		Element p = Jsoup.parseBodyFragment("<p>" + escaped + "</p>").selectFirst("p");
		assertEquals(Printable.of(hostile), p.wholeText());
		assertEquals(1, p.parent().children().size(), "no element came from the text");
	}

	@Test
	void entities() {
		assertEquals("&lt;script&gt;a &amp; b&lt;/script&gt; &quot;x&quot; &#39;y&#39;",
				Html.escape("<script>a & b</script> \"x\" 'y'"));
		assertEquals("a\uFFFDb\nc", Html.escape("a\u0000b\r\nc"));
		assertEquals("", Html.escape(null));
		assertEquals("&lt;b&gt; &amp; \"x\" 'y'", Html.content("<b> & \"x\" 'y'"));
	}
}

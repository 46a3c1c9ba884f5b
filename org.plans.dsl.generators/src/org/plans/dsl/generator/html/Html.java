package org.plans.dsl.generator.html;

import java.util.Optional;

import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Rag;

/** HTML escaping and the small pieces of markup the HTML targets share. */
public final class Html {

	private Html() {
	}

	/** Text safe in element content and in quoted attribute values; control characters become U+FFFD. */
	public static String escape(String text) {
		String printable = Words.printable(text);
		StringBuilder sb = new StringBuilder(printable.length() + 16);
		for (int i = 0; i < printable.length(); i++) {
			char c = printable.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}

	/** An element with escaped text content: {@code element("td", "x", "a & b")}; class may be null. */
	public static String element(String name, String cssClass, String text) {
		return "<" + name + (cssClass == null ? "" : " class=\"" + escape(cssClass) + "\"") + ">" + escape(text) + "</"
				+ name + ">";
	}

	/** A coloured RAG badge, "Not rated" when there is none. */
	public static String ragBadge(Optional<Rag> rag) {
		String css = "rag rag-" + rag.map(Rag::getLiteral).orElse("none");
		return element("span", css, Words.rag(rag));
	}
}

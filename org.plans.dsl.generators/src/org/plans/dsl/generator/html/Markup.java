package org.plans.dsl.generator.html;

import java.util.Optional;

import org.plans.dsl.escaping.Html;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Rag;

/** The small pieces of markup the HTML targets share; text in them is escaped by {@link Html}. */
public final class Markup {

	private Markup() {
	}

	/** An element with escaped text content: {@code element("td", "x", "a & b")}; class may be null. */
	public static String element(String name, String cssClass, String text) {
		return "<" + name + (cssClass == null ? "" : " class=\"" + Html.escape(cssClass) + "\"") + ">" + Html.escape(text)
				+ "</" + name + ">";
	}

	/** A coloured RAG badge, "Not rated" when there is none. */
	public static String ragBadge(Optional<Rag> rag) {
		String css = "rag rag-" + rag.map(Rag::getLiteral).orElse("none");
		return element("span", css, Words.rag(rag));
	}
}

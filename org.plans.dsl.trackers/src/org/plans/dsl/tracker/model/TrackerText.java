package org.plans.dsl.tracker.model;

import org.plans.dsl.escaping.Markdown;

/**
 * Plan text as trackers take it: on one line for titles and labels; in descriptions, literal
 * Markdown ({@link Markdown}), so a link, image, HTML tag or heading in the plan (say from an
 * imported document) shows as the text it is. {@code !}, {@code {} and {@code }} are escaped
 * too: Jira's and Textile's images ({@code !url!}) and macros; CommonMark shows them unchanged.
 * Escaped text never holds {@code <!--}, so it can never forge a key marker.
 */
public final class TrackerText {

	private TrackerText() {
	}

	/** Text on one line, for titles, labels and names (fields trackers show as plain text). */
	public static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

	/** Text inside a line of a description; its line breaks are hard breaks. */
	public static String inline(String text) {
		return more(Markdown.text(text));
	}

	/** Text as paragraphs of a description; blank lines separate them. */
	public static String paragraphs(String text) {
		return more(Markdown.paragraphs(text));
	}

	private static String more(String markdown) {
		return markdown.replace("!", "\\!").replace("{", "\\{").replace("}", "\\}");
	}
}

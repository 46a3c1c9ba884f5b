package org.plans.dsl.tracker.model;

import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.escaping.Html;

/**
 * A description of {@link TrackerDescriptions} (the Markdown subset it writes: {@code ###}
 * headings, {@code - } items, {@code **bold**}, backslash escapes, hard breaks) in the markup of
 * a tracker that does not read Markdown: Jira's wiki markup and Azure Boards' HTML. Plan text
 * stays literal in both: Jira's markup characters are escaped with a backslash, HTML's as entities.
 */
public final class TrackerMarkup {

	/** Jira wiki characters with a meaning anywhere, and those that start or end an effect. */
	private static final String ALWAYS_ESCAPED = "{}[]!|#\\";
	private static final String EFFECTS = "*_+^~-?";

	private TrackerMarkup() {
	}

	/** Jira wiki markup: {@code h3.} headings, {@code * } items, {@code *bold*}, {@code \\} line breaks. */
	public static String jira(String markdown) {
		List<String> out = new ArrayList<>();
		for (String line : lines(markdown)) {
			if (line.startsWith("### ")) {
				out.add("h3. " + inline(line.substring(4), Format.JIRA));
			} else if (line.startsWith("- ")) {
				out.add("* " + inline(line.substring(2), Format.JIRA));
			} else {
				out.add(inline(line, Format.JIRA));
			}
		}
		return String.join("\n", out);
	}

	/** HTML: {@code <h3>}, {@code <ul><li>}, {@code <p>}, {@code <strong>}, {@code <br>}. */
	public static String html(String markdown) {
		StringBuilder sb = new StringBuilder();
		boolean inList = false;
		boolean inParagraph = false;
		for (String line : lines(markdown)) {
			boolean item = line.startsWith("- ");
			if (inList && !item) {
				sb.append("</ul>");
				inList = false;
			}
			if (inParagraph && (line.isEmpty() || item || line.startsWith("### "))) {
				sb.append("</p>");
				inParagraph = false;
			}
			if (line.startsWith("### ")) {
				sb.append("<h3>").append(inline(line.substring(4), Format.HTML)).append("</h3>");
			} else if (item) {
				sb.append(inList ? "" : "<ul>").append("<li>").append(inline(line.substring(2), Format.HTML)).append("</li>");
				inList = true;
			} else if (!line.isEmpty()) {
				sb.append(inParagraph ? "<br>" : "<p>").append(inline(line, Format.HTML));
				inParagraph = true;
			}
		}
		sb.append(inList ? "</ul>" : "").append(inParagraph ? "</p>" : "");
		return sb.toString();
	}

	private enum Format {
		JIRA, HTML
	}

	/** Lines without their hard-break marks (two spaces or a backslash at the end). */
	private static List<String> lines(String markdown) {
		List<String> lines = new ArrayList<>();
		for (String line : markdown.split("\n", -1)) {
			if (line.endsWith("  ")) {
				line = line.stripTrailing();
			} else if (line.endsWith("\\") && !line.endsWith("\\\\")) {
				line = line.substring(0, line.length() - 1);
			}
			lines.add(line);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	/** {@code **} toggles bold; {@code \x} is the literal x; every other character is literal. */
	private static String inline(String text, Format format) {
		StringBuilder sb = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		boolean bold = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				literal.append(text.charAt(++i));
			} else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				sb.append(literal(literal.toString(), format));
				literal.setLength(0);
				sb.append(format == Format.JIRA ? "*" : bold ? "</strong>" : "<strong>");
				bold = !bold;
				i++;
			} else {
				literal.append(c);
			}
		}
		sb.append(literal(literal.toString(), format));
		if (bold) {
			sb.append(format == Format.JIRA ? "*" : "</strong>");
		}
		return sb.toString();
	}

	/**
	 * Text as itself. In Jira, brackets, braces, {@code !}, {@code |}, {@code #} and backslashes
	 * are always escaped; the effect characters ({@code *_+^~-?}) only where they could open or
	 * close an effect (next to a space or an end), so {@code 2024-12-31} stays as it is.
	 */
	private static String literal(String text, Format format) {
		if (format == Format.HTML) {
			return Html.content(text);
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean always = ALWAYS_ESCAPED.indexOf(c) >= 0;
			boolean effect = EFFECTS.indexOf(c) >= 0
					&& (i == 0 || i == text.length() - 1 || !Character.isLetterOrDigit(text.charAt(i - 1))
							|| !Character.isLetterOrDigit(text.charAt(i + 1)));
			if (always || effect) {
				sb.append('\\');
			}
			sb.append(c);
		}
		return sb.toString();
	}
}

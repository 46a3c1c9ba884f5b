package org.plans.dsl.escaping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plan text as literal Markdown: no link, image, HTML, entity, emphasis, table cell or block
 * can come from the text itself (CommonMark and GitHub Flavored Markdown). Used by the
 * Markdown generators and the language server's hovers.
 */
public final class Markdown {

	/** Characters with an inline meaning: backslash escapes work for all of them. */
	private static final String INLINE = "\\`*_[]<>|~&#";

	/** What would open a block at the start of a line: heading, quote, list, rule, setext underline. */
	private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([>+\\-=]|\\d+[.)])");

	private Markdown() {
	}

	/** Text for inside a line; line breaks become hard breaks, continued at {@code indent}. */
	public static String text(String text, String indent) {
		String[] lines = Printable.of(text).split("\n", -1);
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			String line = inline(lines[i]);
			if (i > 0) {
				sb.append("\\\n").append(indent);
				line = escapeBlockStart(line);
			}
			sb.append(line);
		}
		return sb.toString();
	}

	/** Text on one line, escaped; line breaks become hard breaks. */
	public static String text(String text) {
		return text(text, "");
	}

	/**
	 * Text as paragraphs of its own, at the start of a line: blank lines separate paragraphs, other
	 * line breaks are hard breaks, and no line (the first neither) opens a heading, list or quote.
	 */
	public static String paragraphs(String text) {
		String[] paragraphs = Printable.of(text).strip().split("\n[ \t]*\n\\s*");
		StringBuilder sb = new StringBuilder();
		for (String paragraph : paragraphs) {
			if (!sb.isEmpty()) {
				sb.append("\n\n");
			}
			sb.append(escapeBlockStart(text(paragraph.stripLeading(), "")));
		}
		return sb.toString();
	}

	/** Text on one line with every run of white space (line breaks too) made one space, escaped. */
	public static String oneLine(String text) {
		return text(text == null ? null : text.replaceAll("\\s+", " "));
	}

	/** "- x" to "\\- x", "1. x" to "1\\. x": the line continues the paragraph instead of opening a block. */
	private static String escapeBlockStart(String line) {
		Matcher m = BLOCK_START.matcher(line);
		if (!m.find()) {
			return line;
		}
		String marker = m.group(2);
		String escaped = Character.isDigit(marker.charAt(0))
				? marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1)
				: "\\" + marker;
		return m.group(1) + escaped + line.substring(m.end());
	}

	private static String inline(String line) {
		StringBuilder sb = new StringBuilder(line.length() + 8);
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (INLINE.indexOf(c) >= 0) {
				sb.append('\\');
			}
			sb.append(c);
		}
		return sb.toString();
	}
}

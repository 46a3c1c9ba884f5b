package org.plans.dsl.importer.source;

import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Cell text as a person reads it: HTML left behind by conversions ({@code <b>},
 * {@code <li>}, {@code &amp;}) becomes plain text, list items become "- " lines,
 * and runs of white space within a line become one space.
 */
public final class CellText {

	private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/li|/ul|/ol)\\s*/?>");
	private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li[^>]*>");
	private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
	private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*|__");
	private static final Pattern BULLET = Pattern.compile("(?m)^\\s*[•·○o▪]\\s+");

	private CellText() {
	}

	/** A cell wrapped over two lines: a sentence cut mid-way continues with a space, anything else on a new line. */
	public static String joinWrapped(String before, String after) {
		String head = before.stripTrailing();
		String tail = after.strip();
		if (head.isEmpty() || tail.isEmpty()) {
			return head + tail;
		}
		boolean cut = !head.matches("(?s).*[.;:!?]$") && Character.isLowerCase(tail.charAt(0));
		return head + (cut ? " " : "\n") + tail;
	}

	public static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		String text = BREAK.matcher(raw).replaceAll("\n");
		text = ITEM.matcher(text).replaceAll("\n- ");
		text = TAG.matcher(text).replaceAll("");
		text = MARKDOWN_BOLD.matcher(text).replaceAll("");
		text = StringEscapeUtils.unescapeHtml4(text).replace('\u00a0', ' ');
		text = text.replace(" • ", "\n- ").replace("• ", "\n- ");
		text = BULLET.matcher(text).replaceAll("- ");
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n")) {
			String tidy = line.replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
			if (!tidy.isEmpty() && !tidy.equals("-")) {
				out.append(out.length() == 0 ? "" : "\n").append(tidy);
			}
		}
		return out.toString();
	}
}

package org.plans.dsl.importer.source;

import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Cell text as a person reads it: HTML left behind by conversions ({@code <b>},
 * {@code <li>}, {@code &amp;}) becomes plain text, list items become "- " lines,
 * and runs of white space within a line become one space. Only real markup goes: tags of
 * HTML's text elements and {@code **}/{@code __} around words; "caseloads <20 ... >5%"
 * stays. Values of CSV and Excel files carry no markup ({@link #plain}).
 */
public final class CellText {

	private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/li|/ul|/ol)\\s*/?>");
	private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li[^>]*>");
	private static final Pattern TAG = Pattern.compile("(?i)</?(?:a|b|i|u|s|em|strong|p|br|li|ul|ol|span|div|font"
			+ "|sup|sub|h[1-6]|table|tbody|thead|tr|td|th|hr|strike|del|ins|mark|small|big|blockquote|pre|code|o:p)"
			+ "(?:\\s[^<>]{0,200})?/?>");
	/** {@code **} or {@code __} opening before a word or closing after one, not inside a word or formula. */
	private static final Pattern MARKDOWN_BOLD = Pattern
			.compile("(?<![\\p{L}\\p{N}*_])(?:\\*\\*|__)(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}.!?:)])(?:\\*\\*|__)(?![\\p{L}\\p{N}*_])");
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

	/** Text from a document that may carry markup (Word, Markdown, converted text). */
	public static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		String text = BREAK.matcher(raw).replaceAll("\n");
		text = ITEM.matcher(text).replaceAll("\n- ");
		text = TAG.matcher(text).replaceAll("");
		text = MARKDOWN_BOLD.matcher(text).replaceAll("");
		return plain(StringEscapeUtils.unescapeHtml4(text));
	}

	/** A value as written (a CSV field, an Excel cell): bullets and white space tidied, no markup read. */
	public static String plain(String raw) {
		if (raw == null) {
			return "";
		}
		String text = raw.replace('\u00a0', ' ');
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

package org.plans.dsl.escaping;

import java.util.regex.Pattern;

/**
 * Text for a terminal: no escape sequence, cursor move or hidden text can come from a plan.
 * Control characters (C0 but tab, DEL, C1 such as U+009B CSI), line and paragraph separators
 * and the bidirectional overrides and isolates (U+202A to U+202E, U+2066 to U+2069) become
 * U+FFFD, so nothing is silently lost.
 */
public final class Terminal {

	private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*(?:\\r\\n|[\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029])[ \\t]*");

	private Terminal() {
	}

	/** Text on one line: each line break with the blanks around it is one space, other controls U+FFFD; null is "". */
	public static String line(String text) {
		if (text == null) {
			return "";
		}
		return text(hasLineBreak(text) ? LINE_BREAK.matcher(text).replaceAll(" ") : text);
	}

	/** Whether the text has a line break ({@code \R}: LF, VT, FF, CR, NEL, U+2028, U+2029); most messages have none. */
	public static boolean hasLineBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}

	/** Text that may span lines: line feeds and tabs stay, other controls become U+FFFD; null is "". */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (unsafe(c)) {
				if (sb == null) {
					sb = new StringBuilder(text.length()).append(text, 0, i);
				}
				sb.append('\uFFFD');
			} else if (sb != null) {
				sb.append(c);
			}
		}
		return sb == null ? text : sb.toString();
	}

	private static boolean unsafe(char c) {
		return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
				|| (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
	}
}

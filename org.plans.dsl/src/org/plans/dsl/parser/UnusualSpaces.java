package org.plans.dsl.parser;

import java.util.Map;

/**
 * Characters that look like a space (or like nothing) but are not an ordinary one, named so that
 * a message does not show "' '": a non-breaking space pasted from Word, a narrow or zero-width
 * one, a byte order mark. The grammar reads those of {@link #SPACES} as white space.
 */
public final class UnusualSpaces {

	private static final Map<Integer, String> NAMES = Map.of(
			0x00A0, "a non-breaking space (U+00A0)",
			0x202F, "a narrow non-breaking space (U+202F)",
			0x2007, "a figure space (U+2007)",
			0x200B, "a zero-width space (U+200B)",
			0x2060, "a word joiner (U+2060)",
			0xFEFF, "a byte order mark (U+FEFF)",
			0x3000, "an ideographic space (U+3000)");

	/** What the grammar's {@code WS} reads besides space, tab and line breaks. */
	public static final String SPACES = "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B"
			+ "\u202F\u205F\u2060\u3000\uFEFF";

	private UnusualSpaces() {
	}

	/** The index of the first character of {@link #SPACES} in {@code text} at or after {@code from}, or -1. */
	public static int next(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) > 0x7F && SPACES.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/** The name of {@code text} when it is one such character, else null. */
	public static String name(String text) {
		if (text == null || text.codePointCount(0, text.length()) != 1) {
			return null;
		}
		int c = text.codePointAt(0);
		String name = NAMES.get(c);
		if (name == null && (Character.getType(c) == Character.SPACE_SEPARATOR || Character.getType(c) == Character.FORMAT)
				&& c != ' ') {
			name = String.format("an invisible character (U+%04X)", c);
		}
		return name;
	}
}

package org.plans.dsl.escaping;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar (RFC 5545) text: plan text made fit for a TEXT value, and content lines folded.
 * The TEXT escaping of {@code \ ; ,} and line breaks is the iCalendar library's, when it
 * writes the property.
 */
public final class Ics {

	/** The longest content line, in octets of UTF-8, without its CRLF. */
	public static final int MAX_OCTETS = 75;

	private Ics() {
	}

	/** Plan text for a TEXT value: tabs become spaces, other control characters but line breaks U+FFFD. */
	public static String text(String text) {
		return Printable.of(text).replace('\t', ' ');
	}

	/** CRLF line ends, and every content line folded to {@link #MAX_OCTETS}; a fold never splits a character. */
	public static String fold(String text) {
		StringBuilder sb = new StringBuilder(text.length() + text.length() / 60 * 3);
		for (String line : text.split("\r\n|\r|\n")) {
			if (line.isEmpty()) {
				continue;
			}
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > MAX_OCTETS) {
					sb.append("\r\n ");
					octets = 1;
				}
				sb.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			sb.append("\r\n");
		}
		return sb.toString();
	}
}

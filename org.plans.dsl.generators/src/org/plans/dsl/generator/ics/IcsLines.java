package org.plans.dsl.generator.ics;

import java.nio.charset.StandardCharsets;

/** RFC 5545 content lines: CRLF line ends, folded so that no line is longer than 75 octets of UTF-8. */
public final class IcsLines {

	static final int MAX_OCTETS = 75;

	private IcsLines() {
	}

	/** Folds every unfolded content line of {@code text}; a fold never splits a character. */
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

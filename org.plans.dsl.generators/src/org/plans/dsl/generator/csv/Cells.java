package org.plans.dsl.generator.csv;

import org.plans.dsl.generator.text.Words;

/** Spreadsheet cells that cannot run as formulas (CSV injection, OWASP). */
public final class Cells {

	private static final String FORMULA_START = "=+-@\t\r";

	private Cells() {
	}

	/**
	 * The text with a single quote in front when it starts with {@code = + - @}, tab or carriage
	 * return, so spreadsheets show it as text; control characters other than line breaks and
	 * tabs become U+FFFD.
	 */
	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String neutral = FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		return Words.printable(neutral);
	}
}

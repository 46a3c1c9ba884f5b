package org.plans.dsl.escaping;

/**
 * Spreadsheet cells that cannot run as formulas (CSV injection, OWASP). The CSV quoting
 * itself (RFC 4180) is the CSV printer's; this is what goes into each cell.
 */
public final class Csv {

	private static final String FORMULA_START = "=+-@\t\r";

	private Csv() {
	}

	/**
	 * The text with a single quote in front when it starts with {@code = + - @}, tab or carriage
	 * return, so spreadsheets show it as text; control characters other than line breaks and
	 * tabs become U+FFFD; null becomes "".
	 */
	public static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String neutral = FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
		return Printable.of(neutral);
	}
}

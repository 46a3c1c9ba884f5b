package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The one check that no CSV cell can run as a spreadsheet formula: none starts with
 * {@code = + - @}, a tab or a carriage return (OWASP, CSV injection). Written here on its own,
 * not with the escaper's code, so that a mistake in the escaper shows.
 */
public final class NoFormulas {

	private static final String FORMULA_START = "=+-@\t\r";

	private NoFormulas() {
	}

	/** True if a spreadsheet would take the cell as a formula. */
	public static boolean startsFormula(String cell) {
		return cell != null && !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0;
	}

	/** Fails if any cell of any record (a parsed CSV record, or any list of cells) starts a formula. */
	public static void assertNoFormulaCells(Iterable<? extends Iterable<String>> records, String where) {
		for (Iterable<String> record : records) {
			for (String cell : record) {
				assertFalse(startsFormula(cell), where + " has a formula cell: " + cell + " in " + record);
			}
		}
	}
}

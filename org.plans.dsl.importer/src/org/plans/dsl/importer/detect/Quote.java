package org.plans.dsl.importer.detect;

/** Text written as a quoted string of the plans language. */
public final class Quote {

	private Quote() {
	}

	public static String text(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}

package org.plans.dsl.cli.report;

/** Counts in words: "1 error", "3 warnings", "no errors". */
final class Words {

	private Words() {
	}

	static String count(long n, String singular) {
		return count(n, singular, singular + "s");
	}

	static String count(long n, String singular, String plural) {
		return (n == 0 ? "no" : Long.toString(n)) + " " + (n == 1 ? singular : plural);
	}
}

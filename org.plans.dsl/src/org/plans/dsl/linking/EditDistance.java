package org.plans.dsl.linking;

/** Levenshtein distance with a limit: how many one-character edits turn one name into another. */
public final class EditDistance {

	private EditDistance() {
	}

	/** The number of insertions, deletions and substitutions, or -1 when it is above {@code limit}. */
	public static int within(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return -1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return -1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()] <= limit ? previous[b.length()] : -1;
	}
}

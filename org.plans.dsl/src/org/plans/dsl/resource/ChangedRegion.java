package org.plans.dsl.resource;

/**
 * The one region in which two texts differ: what an editor's change replaced ({@code offset},
 * {@code length} in the old text) and with what ({@code text}). Found from the common start and
 * end of the two texts, so several edits between two builds make one region that covers them.
 */
public record ChangedRegion(int offset, int length, String text) {

	/** The region of {@code before} that {@code after} replaces; {@code null} when the texts are equal. */
	public static ChangedRegion between(String before, String after) {
		if (before.equals(after)) {
			return null;
		}
		int max = Math.min(before.length(), after.length());
		int start = 0;
		while (start < max && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < max - start
				&& before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
			end++;
		}
		return new ChangedRegion(start, before.length() - start - end,
				after.substring(start, after.length() - end));
	}
}

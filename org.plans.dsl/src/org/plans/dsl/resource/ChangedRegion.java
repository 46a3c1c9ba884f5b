package org.plans.dsl.resource;

import java.util.Arrays;

/**
 * The one region in which two texts differ: what an editor's change replaced ({@code offset},
 * {@code length} in the old text) and with what ({@code text}). Found from the common start and
 * end of the two texts, so several edits between two builds make one region that covers them.
 * The texts are compared in blocks ({@link Arrays#mismatch}, which the JVM vectorises): a large
 * file is compared on every edit.
 */
public record ChangedRegion(int offset, int length, String text) {

	private static final int BLOCK = 4096;

	/** The region of {@code before} that {@code after} replaces; {@code null} when the texts are equal. */
	public static ChangedRegion between(String before, String after) {
		if (before.equals(after)) {
			return null;
		}
		char[] old = before.toCharArray();
		char[] now = after.toCharArray();
		int max = Math.min(old.length, now.length);
		int start = Arrays.mismatch(old, 0, max, now, 0, max);
		if (start < 0) {
			start = max;
		}
		int end = commonEnd(old, now, max - start);
		return new ChangedRegion(start, old.length - start - end, after.substring(start, now.length - end));
	}

	/** How many characters at the end of both texts are equal, at most {@code limit}. */
	private static int commonEnd(char[] old, char[] now, int limit) {
		int end = 0;
		while (end + BLOCK <= limit && Arrays.equals(old, old.length - end - BLOCK, old.length - end, now,
				now.length - end - BLOCK, now.length - end)) {
			end += BLOCK;
		}
		while (end < limit && old[old.length - 1 - end] == now[now.length - 1 - end]) {
			end++;
		}
		return end;
	}
}

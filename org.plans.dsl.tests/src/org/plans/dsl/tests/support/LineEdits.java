package org.plans.dsl.tests.support;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Random edits an author might make to a plan's text, for tests that compare in-place edits with fresh loads. */
public final class LineEdits {

	private static final Pattern WORD = Pattern.compile("\\b[a-z][a-z0-9-]*\\b");

	private LineEdits() {
	}

	/**
	 * One edit: a line removed, copied, or a word in it changed to "nobody" or to a word of a
	 * line of {@code words} (the text itself, or every file of a plan, so that the word may name
	 * something declared elsewhere).
	 */
	public static String edit(String text, String words, Random random) {
		String[] lines = text.split("\n", -1);
		String[] wordLines = words.split("\n", -1);
		int line = random.nextInt(lines.length);
		int kind = random.nextInt(4);
		Matcher other = WORD.matcher(wordLines[random.nextInt(wordLines.length)]);
		String word = kind == 3 && other.find() ? other.group() : "nobody";
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			String current = lines[i];
			if (i == line && kind == 0) {
				continue;
			}
			if (i == line && kind == 1) {
				out.append(current).append('\n');
			}
			if (i == line && kind >= 2) {
				current = WORD.matcher(current).replaceFirst(Matcher.quoteReplacement(word));
			}
			out.append(current);
			if (i < lines.length - 1) {
				out.append('\n');
			}
		}
		return out.toString();
	}
}

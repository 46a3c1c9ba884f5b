package org.plans.dsl.cli.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * A unified diff between a file's text and its formatted text, as {@code diff -u} shows it and
 * {@code git apply} and {@code patch} apply it: a final line break ends the last line (no empty
 * line after it), and a last line without one is marked {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {

	/** Marks the last line of a side that has no line break after it, while diffing. */
	private static final String NO_NEWLINE = "\u0000";
	private static final String NO_NEWLINE_MARKER = "\\ No newline at end of file";

	private UnifiedDiff() {
	}

	public static String of(String name, String original, String formatted) {
		List<String> before = lines(original);
		List<String> after = lines(formatted);
		List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before,
				DiffUtils.diff(before, after), 3);
		StringBuilder text = new StringBuilder();
		for (String line : diff) {
			if (line.endsWith(NO_NEWLINE)) {
				text.append(line, 0, line.length() - 1).append('\n').append(NO_NEWLINE_MARKER).append('\n');
			} else {
				text.append(line).append('\n');
			}
		}
		return text.toString();
	}

	/** Lines without their line feeds (a CR of a CRLF file stays, a change only where it changes). */
	private static List<String> lines(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		String last = lines.remove(lines.size() - 1);
		if (!last.isEmpty()) {
			lines.add(last + NO_NEWLINE);
		}
		return lines;
	}
}

package org.plans.dsl.cli.format;

import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/** A unified diff between a file's text and its formatted text, as {@code diff -u} shows it. */
public final class UnifiedDiff {

	private UnifiedDiff() {
	}

	public static String of(String name, String original, String formatted) {
		List<String> before = lines(original);
		List<String> after = lines(formatted);
		List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before,
				DiffUtils.diff(before, after), 3);
		return String.join("\n", diff) + "\n";
	}

	/** Lines without their ends; a CR of a CRLF file is shown as a visible change only where it changes. */
	private static List<String> lines(String text) {
		return Arrays.asList(text.split("\n", -1));
	}
}

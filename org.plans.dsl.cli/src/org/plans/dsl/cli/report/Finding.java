package org.plans.dsl.cli.report;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.cli.Paths;
import org.plans.dsl.escaping.Terminal;

/**
 * One problem found in a plan file, as every report format shows it. {@code path} is relative
 * to the current directory; lines and columns count from 1.
 */
public record Finding(String path, int line, int column, int endLine, int endColumn, Level level, String code,
		String message) {

	private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path).thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column).thenComparing(Finding::code);

	/** Xtext's own codes (linking) are long Java names: reports use their last word. */
	public static Finding of(Issue issue) {
		String path = issue.getUriToProblem() == null || !issue.getUriToProblem().isFile() ? "?"
				: Paths.display(issue.getUriToProblem());
		int line = positive(issue.getLineNumber());
		int column = positive(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : Math.max(line, issue.getLineNumberEnd());
		int endColumn = issue.getColumnEnd() == null ? column : positive(issue.getColumnEnd());
		return new Finding(path, line, column, endLine, endColumn, Level.of(issue.getSeverity()), codeOf(issue.getCode()),
				issue.getMessage() == null ? "" : issue.getMessage());
	}

	static String codeOf(String code) {
		if (code == null || code.isBlank()) {
			return "plans";
		}
		return code.startsWith("org.eclipse.") ? code.substring(code.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : code;
	}

	private static int positive(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	/** The message on one line, for line-oriented formats. */
	public String oneLineMessage() {
		return Terminal.hasLineBreak(message) ? LINE_BREAK.matcher(message).replaceAll(" ") : message;
	}
}

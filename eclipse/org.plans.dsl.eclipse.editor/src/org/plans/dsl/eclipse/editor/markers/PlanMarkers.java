package org.plans.dsl.eclipse.editor.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.rules.Rule;

/**
 * Problem markers from the language's findings: one marker type (a kind of problem marker, so
 * they show in the Problems view), the rule code ({@code PLAN-105}) in the message as the
 * command line prints it and as the attribute {@link #CODE}.
 */
public final class PlanMarkers {

	public static final String TYPE = "org.plans.dsl.eclipse.editor.problem";
	/** The rule code of a finding, {@code PLAN-105}; absent for a syntax error. */
	public static final String CODE = "code";
	/** The language's issue code, which quick fixes are keyed by. */
	public static final String ISSUE_CODE = "issueCode";
	/** The data the validator attached to the finding (quick fixes read it), joined by NUL. */
	public static final String ISSUE_DATA = "issueData";

	private PlanMarkers() {
	}

	/** Replaces the plans markers of the file by these findings. */
	static void write(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			file.createMarker(TYPE, attributes(issue));
		}
	}

	/** The rule code of a finding ({@code PLAN-105}), or null for a syntax error. */
	public static String code(Issue issue) {
		return Rule.byCode(issue.getCode()).map(Rule::code).orElse(null);
	}

	/** A finding's message as the marker and the command line show it: the rule code first. */
	public static String message(Issue issue) {
		String code = code(issue);
		return code == null ? issue.getMessage() : code + " " + issue.getMessage();
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		String code = code(issue);
		attributes.put(IMarker.MESSAGE, message(issue));
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (code != null) {
			attributes.put(CODE, code);
		}
		if (issue.getCode() != null) {
			attributes.put(ISSUE_CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(ISSUE_DATA, String.join("\u0000", issue.getData()));
		}
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + Math.max(1, issue.getLength()));
		}
		attributes.put(IMarker.SOURCE_ID, "plans");
		return attributes;
	}
}

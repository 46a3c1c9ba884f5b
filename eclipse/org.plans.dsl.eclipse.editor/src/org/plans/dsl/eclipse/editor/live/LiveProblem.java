package org.plans.dsl.eclipse.editor.live;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.eclipse.editor.markers.PlanMarkers;

/**
 * A finding in the editor's unsaved text, shown as the editor's own error, warning or info
 * annotation (squiggle, ruler, hover) with the message a marker would have.
 */
public final class LiveProblem extends Annotation {

	private final String code;
	private final Position position;

	private LiveProblem(String type, String message, String code, Position position) {
		super(type, false, message);
		this.code = code;
		this.position = position;
	}

	/** The finding as an annotation, or null when it is ignored (severity IGNORE). */
	static LiveProblem of(Issue issue, int textLength) {
		String type = switch (issue.getSeverity()) {
		case ERROR -> "org.eclipse.ui.workbench.texteditor.error";
		case WARNING -> "org.eclipse.ui.workbench.texteditor.warning";
		case INFO -> "org.eclipse.ui.workbench.texteditor.info";
		default -> null;
		};
		if (type == null || issue.getSeverity() == Severity.IGNORE) {
			return null;
		}
		int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), textLength);
		int length = issue.getLength() == null ? 1 : Math.max(1, issue.getLength());
		length = Math.min(length, Math.max(0, textLength - offset));
		return new LiveProblem(type, PlanMarkers.message(issue), PlanMarkers.code(issue), new Position(offset, length));
	}

	/** The rule code ({@code PLAN-105}), or null for a syntax error. */
	public String code() {
		return code;
	}

	public Position position() {
		return new Position(position.getOffset(), position.getLength());
	}
}

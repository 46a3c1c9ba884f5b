package org.plans.dsl.validation;

import org.eclipse.xtext.validation.Issue;

/**
 * A kept finding's issue after an edit moved its text along its line, or moved it without
 * adding or removing lines before it: another offset, but the same lines and columns as the
 * issue it was first made as ({@link #original}), and the same code, message, severity and
 * data. What a language server client is sent of an issue (its lines and columns) is then
 * the same, so the server may send what it sent for the original ({@code KeptDiagnostics}).
 */
public final class MovedIssue extends Issue.IssueImpl {

	private final Issue original;

	private MovedIssue(Issue original) {
		this.original = original;
	}

	/** The first issue of the chain of moves this one ends, made where the finding was found. */
	public Issue original() {
		return original;
	}

	/** {@code issue} at {@code offset}, on the same lines and columns. */
	static MovedIssue of(Issue issue, int offset) {
		MovedIssue moved = new MovedIssue(issue instanceof MovedIssue earlier ? earlier.original : issue);
		KeptIssue.copy(issue, moved);
		moved.setOffset(offset);
		moved.setLength(issue.getLength());
		moved.setLineNumber(issue.getLineNumber());
		moved.setColumn(issue.getColumn());
		moved.setLineNumberEnd(issue.getLineNumberEnd());
		moved.setColumnEnd(issue.getColumnEnd());
		return moved;
	}
}

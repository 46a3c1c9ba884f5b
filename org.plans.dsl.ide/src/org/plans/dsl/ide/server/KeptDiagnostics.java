package org.plans.dsl.ide.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.validation.MovedIssue;

/**
 * The diagnostics published lately, by what they are made from: an issue with the same code,
 * data, message, severity and lines and columns as one published before gets that diagnostic
 * again (with its JSON text, {@link PublishedDiagnostic}), so that after an edit only the findings
 * that changed or moved are converted and written anew. A diagnostic is made from those values
 * of its issue only, so a kept one is what converting the issue again would make, whichever file
 * it was published for. Diagnostics not published in the last {@link #KEEP_PUBLISHES} publishes
 * are forgotten once they outnumber those in use.
 */
final class KeptDiagnostics {

	/** For how many publishes (of any file) a diagnostic no longer published is kept. */
	static final int KEEP_PUBLISHES = 8;

	/** What a diagnostic is made from. */
	private record Key(String code, List<String> data, String message, Severity severity, Integer line,
			Integer column, Integer lineEnd, Integer columnEnd) {

		static Key of(Issue issue) {
			String[] data = issue.getData();
			return new Key(issue.getCode(), data == null ? null : Arrays.asList(data), issue.getMessage(),
					issue.getSeverity(), issue.getLineNumber(), issue.getColumn(), issue.getLineNumberEnd(),
					issue.getColumnEnd());
		}
	}

	private static final class Kept {
		final PublishedDiagnostic diagnostic;
		int lastPublish;

		Kept(PublishedDiagnostic diagnostic) {
			this.diagnostic = diagnostic;
		}
	}

	private final Map<Key, Kept> kept = new HashMap<>();

	/**
	 * The same entries by the issue object they were published for: an issue published again (a
	 * kept finding the edit did not move), or one moved along its line ({@link MovedIssue}, by its
	 * original), finds its diagnostic without its key being made and hashed.
	 */
	private final Map<Issue, Kept> byIssue = new IdentityHashMap<>();

	private int publishes;

	/**
	 * The diagnostics of {@code issues} (those not ignored), each kept one reused and the others
	 * made by {@code make}.
	 */
	synchronized List<Diagnostic> of(Iterable<? extends Issue> issues, Function<Issue, Diagnostic> make) {
		int publish = ++publishes;
		List<Diagnostic> result = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Issue original = issue instanceof MovedIssue moved ? moved.original() : issue;
			Kept entry = byIssue.get(original);
			if (entry == null) {
				entry = kept.computeIfAbsent(Key.of(issue), key -> new Kept(PublishedDiagnostic.of(make.apply(issue))));
				byIssue.put(original, entry);
			}
			entry.lastPublish = publish;
			result.add(entry.diagnostic);
		}
		if (kept.size() > 4 * result.size() + 10_000) {
			kept.values().removeIf(entry -> entry.lastPublish <= publish - KEEP_PUBLISHES);
		}
		if (byIssue.size() > 4 * result.size() + 10_000) {
			byIssue.values().removeIf(entry -> entry.lastPublish <= publish - KEEP_PUBLISHES);
		}
		return result;
	}

	/** Forgets every kept diagnostic (what they say about their rules changed). */
	synchronized void clear() {
		kept.clear();
		byIssue.clear();
	}
}

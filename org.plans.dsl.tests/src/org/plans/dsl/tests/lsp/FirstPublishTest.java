package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LanguageServerSession.WAIT;
import static org.plans.dsl.tests.lsp.LspText.errors;
import static org.plans.dsl.tests.lsp.LspText.uri;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.rules.Rule;

/**
 * No flicker: after an edit, the first diagnostics the real server publishes for the edited file
 * already hold the new error (issue 18: a first publish without it arrived ~100 ms before the
 * right one), and the first after the fix hold none.
 */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FirstPublishTest {

	private final LanguageServerSession session;
	private final RecordingClient client;

	FirstPublishTest(LanguageServerSession session) {
		this.session = session;
		this.client = session.client();
	}

	@Test
	void anUnknownLeadIsInTheFirstPublish() throws Exception {
		firstPublishAfter(session.more, MORE.replace("lead ana, sjs", "lead ana, nobody"),
				d -> has(d, Rule.UNRESOLVED_REFERENCE));
	}

	@Test
	void aSyntaxErrorIsInTheFirstPublish() throws Exception {
		firstPublishAfter(session.more, MORE.replace("due 2025-01", "due 2025-01 due"), d -> !errors(d).isEmpty());
	}

	@Test
	void aWholePlanErrorIsInTheFirstPublish() throws Exception {
		// a second action 1.1 of plan demo, in the other file: a whole-plan rule
		firstPublishAfter(session.more, MORE.replace("action 2.1", "action 1.1"), d -> !errors(d).isEmpty());
	}

	@Test
	void anErrorAnEditCausesInTheOtherFileIsInItsFirstPublish() throws Exception {
		// the person both files lead with goes: the other file's references break
		String text = session.constructsText().replace("person ana \"Ana Patel\"", "person anna \"Ana Patel\"");
		firstPublishAfter(session.constructs, text, session.more, d -> has(d, Rule.UNRESOLVED_REFERENCE));
	}

	@Test
	void aWholePlanErrorInTheEditedFileIsInTheFirstPublishOfTheOtherFile() throws Exception {
		// the edited file gets a second action 1.1: the other file's action 1.1 is a duplicate too
		firstPublishAfter(session.more, MORE.replace("action 2.1", "action 1.1"), session.constructs,
				d -> !errors(d).isEmpty());
	}

	/** An incremental change, as Neovim sends one: a letter typed into the lead's id. */
	@Test
	void anIncrementalChangeIsInTheFirstPublish() throws Exception {
		session.settle();
		int before = client.publishCount();
		session.insert(session.more, LspText.at(MORE, "lead ana, sjs", "lead ana, sj".length()), "x");
		client.awaitDiagnostics(uri(session.more), d -> has(d, Rule.UNRESOLVED_REFERENCE), WAIT);
		session.settle();
		List<List<Diagnostic>> since = client.publishedSince(before, uri(session.more));
		assertTrue(has(since.get(0), Rule.UNRESOLVED_REFERENCE), "the first publish after the edit is not the right one: " + since);
	}

	@Test
	void theFixIsInTheFirstPublish() throws Exception {
		firstPublishAfter(session.more, MORE.replace("lead ana, sjs", "lead ana, nobody"), d -> !errors(d).isEmpty());
		firstPublishAfter(session.more, MORE, d -> errors(d).isEmpty());
	}

	@Test
	void typingLetterByLetterEndsWithTheRightDiagnostics() throws Exception {
		String typed = "lead ana, nobody";
		String text = MORE;
		for (int i = "lead ana, ".length(); i <= typed.length(); i++) {
			text = MORE.replace("lead ana, sjs", typed.substring(0, i));
			session.change(session.more, text);
		}
		int before = client.publishCount();
		session.settle();
		client.awaitDiagnostics(uri(session.more), d -> has(d, Rule.UNRESOLVED_REFERENCE), WAIT);
		List<List<Diagnostic>> since = client.publishedSince(before, uri(session.more));
		assertTrue(since.isEmpty() || has(since.get(since.size() - 1), Rule.UNRESOLVED_REFERENCE), since.toString());
	}

	/** Settles, edits {@code file}, waits for {@code wanted}; the first publish of the file since the edit must be it. */
	private void firstPublishAfter(Path file, String text, Predicate<List<Diagnostic>> wanted) throws Exception {
		firstPublishAfter(file, text, file, wanted);
	}

	/** As above, for the diagnostics of {@code watched} after an edit of {@code file}. */
	private void firstPublishAfter(Path file, String text, Path watched, Predicate<List<Diagnostic>> wanted)
			throws Exception {
		session.settle();
		int before = client.publishCount();
		session.change(file, text);
		client.awaitDiagnostics(uri(watched), wanted, WAIT);
		session.settle();
		List<List<Diagnostic>> since = client.publishedSince(before, uri(watched));
		assertFalse(since.isEmpty());
		assertTrue(wanted.test(since.get(0)), "the first publish after the edit is not the right one: " + since);
		assertTrue(since.stream().allMatch(wanted), "a later publish lost it: " + since);
		assertTrue(Files.exists(file));
	}

	private static boolean has(List<Diagnostic> diagnostics, Rule rule) {
		return errors(diagnostics).stream().anyMatch(e -> e.getCode() != null && rule.code().equals(e.getCode().getLeft()));
	}
}

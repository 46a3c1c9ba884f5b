package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LanguageServerSession.WAIT;
import static org.plans.dsl.tests.lsp.LspText.at;
import static org.plans.dsl.tests.lsp.LspText.errors;
import static org.plans.dsl.tests.lsp.LspText.uri;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.rules.Rule;

/**
 * Edits of one file as the files that refer to it see them, through the real server: each edit
 * rebuilds the edited file only, and neither stale declarations nor a cancelled build's errors stay.
 */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrossFileEditsTest {

	private final LanguageServerSession session;
	private final RecordingClient client;
	private final Path constructs;
	private final Path more;

	CrossFileEditsTest(LanguageServerSession session) {
		this.session = session;
		this.client = session.client();
		this.constructs = session.constructs;
		this.more = session.more;
	}

	@BeforeEach
	void moreIsClean() throws Exception {
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
	}

	/**
	 * Each edit rebuilds the edited file only; a file that refers to it and is not rebuilt
	 * must still see the declarations of the new text, and its errors must follow them.
	 */
	@Test
	void editsOfAFileReachTheFilesThatReferToIt() throws Exception {
		String text = session.constructsText();

		String retitled = text.replace("person ana \"Ana Patel\"", "// moved down\n\nperson ana \"Ana Patel-Smith\"")
				.replace("action 1.1 \"Recruit permanent social workers\"", "action 1.1 \"Recruit social workers\"");
		session.change(constructs, retitled);
		assertTrue(session.hoverText(more, at(MORE, "lead ana", 5)).contains("**Ana Patel-Smith** (`ana`)"));
		assertTrue(session.hoverText(more, at(MORE, "depends on 1.1", "depends on ".length()))
				.startsWith("**Action 1.1** Recruit social workers"));
		List<Location> toAna = session.definition(more, at(MORE, "lead ana", 5));
		assertEquals(at(retitled, "person ana", 0).getLine(), toAna.get(0).getRange().getStart().getLine());
		assertEquals(List.of(), errors(client.latest(uri(more))));

		session.change(constructs, retitled.replace("person ana ", "person anya "));
		List<Diagnostic> broken = client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT);
		assertTrue(errors(broken).stream().allMatch(e -> Rule.UNRESOLVED_REFERENCE.code().equals(e.getCode().getLeft())), broken.toString());
		assertEquals(List.of(at(MORE, "sponsor demo::ana", 0).getLine(), at(MORE, "lead ana", 0).getLine()),
				errors(broken).stream().map(e -> e.getRange().getStart().getLine()).sorted().toList());

		session.change(constructs, retitled);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
		client.awaitDiagnostics(uri(constructs), d -> errors(d).isEmpty(), WAIT);
		assertTrue(session.hoverText(more, at(MORE, "lead ana", 5)).contains("**Ana Patel-Smith** (`ana`)"));
	}

	/**
	 * An edit that cancels the build of the one before must not leave that build's errors behind:
	 * here renaming a person back while the workspace is still being checked against the rename.
	 */
	@Test
	void errorsOfACancelledBuildDoNotStay() throws Exception {
		String text = session.constructsText();
		// a new person before ana moves ana in the index: every file that names ana is checked again
		String moved = text.replace("person ana \"Ana Patel\"", "person zed \"Zed\"\nperson ana \"Ana Patel\"");
		session.change(constructs, moved);
		// a request waits for that build to end
		assertTrue(session.hoverText(more, at(MORE, "lead ana", 5)).contains("**Ana Patel** (`ana`)"));
		session.change(constructs, moved.replace("person ana ", "person anya "));
		client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT);
		session.change(constructs, moved);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
		client.awaitDiagnostics(uri(session.other), d -> errors(d).isEmpty(), WAIT);
	}
}

package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.ServerSession.at;
import static org.plans.dsl.tests.lsp.ServerSession.errors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keystrokes as the server sees them (ranged changes): the edited file is brought to its new
 * text in place, its diagnostics follow each edit, and a file that refers to it is checked again
 * only when an edit changes a name it exports.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class InPlaceEditsTest {

	private static final String DEMO = String.join("\n",
			"plan demo",
			"",
			"person ana \"Ana Patel\"",
			"person raj \"Raj Singh\"",
			"",
			"priority 1 \"Workforce\" {",
			"    action 1.1 \"Recruit social workers\" {",
			"        lead ana",
			"        due 2025-03",
			"    }",
			"    action 1.2 \"Train them\" {",
			"        lead raj",
			"        due 2025-06",
			"        depends on 1.1",
			"    }",
			"}",
			"");

	/** Another plan, which names a person of plan "demo"; not open in the editor. */
	private static final String OTHER = LanguageServerSession.OTHER;

	@TempDir
	Path workspace;

	private ServerSession session;

	@AfterEach
	void stop() {
		if (session != null) {
			session.close();
		}
	}

	@Test
	void anEditThatChangesNoExportedNameLeavesTheOtherFileAlone() throws Exception {
		session = started();
		int before = session.client.publications(session.uri("other.plan"));

		Position lead = at(DEMO, "lead ana", "lead ".length());
		session.edit("demo.plan", 2, range(lead, 3), "nobody");
		session.awaitErrors("demo.plan", true);
		session.edit("demo.plan", 3, range(lead, "nobody".length()), "raj");
		session.awaitErrors("demo.plan", false);

		assertEquals(before, session.client.publications(session.uri("other.plan")),
				"other.plan was checked again though demo.plan's names did not change");
	}

	@Test
	void anEditThatRenamesADeclarationChecksTheFilesThatUseIt() throws Exception {
		session = started();
		Position name = at(DEMO, "person ana", "person ".length());

		session.edit("demo.plan", 2, range(name, 3), "anna");
		List<Diagnostic> other = session.awaitErrors("other.plan", true);
		assertTrue(message(errors(other).get(0)).contains("ana"), other.toString());
		assertTrue(session.awaitErrors("demo.plan", true).size() > 0, "lead ana no longer resolves");

		session.edit("demo.plan", 3, range(name, 4), "ana");
		session.awaitErrors("other.plan", false);
		session.awaitErrors("demo.plan", false);
	}

	/** After a series of keystrokes the diagnostics are those of the same text opened afresh. */
	@Test
	void diagnosticsAfterKeystrokesAreThoseOfTheSameTextOpenedAfresh() throws Exception {
		session = started();
		String text = DEMO;
		int version = 1;
		String[][] edits = { { "due 2025-03", "due 2025-13" }, { "depends on 1.1", "depends on 1.9" },
				{ "lead raj", "lead raj, ana" }, { "due 2025-13", "due 2025-02" }, { "    }\n}", "    }\n" },
				{ "lead ana", "lead zed" } };
		for (String[] edit : edits) {
			Range range = new Range(at(text, edit[0], 0), at(text, edit[0], edit[0].length()));
			session.edit("demo.plan", ++version, range, edit[1]);
			int offset = text.indexOf(edit[0]);
			text = text.substring(0, offset) + edit[1] + text.substring(offset + edit[0].length());
		}
		// 'zed' comes with the last keystroke: diagnostics that name it are those of the final text
		List<Diagnostic> edited = session.client.awaitDiagnostics(session.uri("demo.plan"),
				d -> d.stream().anyMatch(x -> message(x).contains("'zed'")), ServerSession.WAIT);
		session.close();

		Path fresh = Files.createDirectories(workspace.resolve("fresh"));
		session = new ServerSession(fresh, Map.of("demo.plan", text, "other.plan", OTHER));
		session.start("demo.plan");
		List<Diagnostic> opened = session.client.awaitDiagnostics(session.uri("demo.plan"),
				d -> d.stream().anyMatch(x -> message(x).contains("'zed'")), ServerSession.WAIT);
		assertEquals(describe(opened), describe(edited));
	}

	/** A deadline removed and put back (Backspace over a selection, then undo): its warning comes and goes. */
	@Test
	void aDeadlineRemovedAndPutBackClearsItsWarning() throws Exception {
		session = started();
		Range due = range(at(DEMO, "due 2025-03", 0), "due 2025-03".length());
		session.edit("demo.plan", 2, due, "");
		session.client.awaitDiagnostics(session.uri("demo.plan"), d -> d.stream().anyMatch(x -> isNoDeadline(x)),
				ServerSession.WAIT);
		session.edit("demo.plan", 3, new Range(due.getStart(), due.getStart()), "due 2025-03");
		List<Diagnostic> back = session.client.awaitDiagnostics(session.uri("demo.plan"),
				d -> d.stream().noneMatch(x -> isNoDeadline(x)), ServerSession.WAIT);
		assertTrue(errors(back).isEmpty(), back.toString());
	}

	private static boolean isNoDeadline(Diagnostic diagnostic) {
		return message(diagnostic).contains("has no deadline");
	}

	/** A server on both files with demo.plan open; other.plan is checked by the first build only. */
	private ServerSession started() throws Exception {
		ServerSession started = new ServerSession(workspace, Map.of("demo.plan", DEMO, "other.plan", OTHER));
		started.start("demo.plan");
		started.awaitErrors("demo.plan", false);
		started.awaitErrors("other.plan", false);
		return started;
	}

	/** The {@code length} characters from {@code start}, on its line. */
	private static Range range(Position start, int length) {
		return new Range(start, new Position(start.getLine(), start.getCharacter() + length));
	}

	private static List<String> describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.getSeverity() + " " + d.getRange().getStart().getLine() + ":"
				+ d.getRange().getStart().getCharacter() + " " + message(d)).sorted().toList();
	}

	private static String message(Diagnostic diagnostic) {
		return diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
	}
}

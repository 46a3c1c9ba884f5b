package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.ServerSession.apply;
import static org.plans.dsl.tests.lsp.ServerSession.errors;
import static org.plans.dsl.tests.lsp.ServerSession.get;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.rules.Rule;

/** "Did you mean 'sjs'?" comes with the fix "Change to 'sjs'": for a typo, the wrong case, and the name for the id. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class MeantIdQuickFixTest {

	private static final String PLAN = String.join("\n",
			"plan demo",
			"",
			"person ana \"Ana Patel\"",
			"person sjs \"Sarah-Jane Smedmor\"",
			"",
			"priority 1 \"Workforce\" {",
			"    action 1.1 \"Recruit social workers\" {",
			"        lead ana, sjs",
			"        due 2025-03",
			"    }",
			"}",
			"");

	@TempDir
	Path workspace;

	private ServerSession session;
	private int version = 1;

	@BeforeEach
	void start() throws Exception {
		session = new ServerSession(workspace, Map.of("demo.plan", PLAN));
		session.start("demo.plan");
		session.awaitErrors("demo.plan", false);
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void aTypo() throws Exception {
		assertFixed("lead ana, sjss", "Did you mean 'sjs'?");
	}

	@Test
	void theWrongCase() throws Exception {
		assertFixed("lead ana, SJS", "Did you mean 'sjs'?");
	}

	@Test
	void thePersonsNameForTheId() throws Exception {
		assertFixed("lead ana, Sarah-Jane Smedmor", "Did you mean 'sjs', the id of \"Sarah-Jane Smedmor\"?");
	}

	/** With {@code written} for the lead line, the finding suggests sjs and its fix writes it. */
	private void assertFixed(String written, String suggestion) throws Exception {
		String broken = PLAN.replace("lead ana, sjs", written);
		session.change("demo.plan", ++version, broken);
		List<Diagnostic> found = session.awaitErrors("demo.plan", true);
		Diagnostic unresolved = errors(found).stream()
				.filter(d -> d.getCode() != null && Rule.UNRESOLVED_REFERENCE.code().equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError(found.toString()));
		assertTrue(unresolved.getMessage().getLeft().endsWith(suggestion), unresolved.getMessage().getLeft());
		CodeActionParams params = new CodeActionParams(session.id("demo.plan"), unresolved.getRange(),
				new CodeActionContext(List.of(unresolved)));
		List<CodeAction> actions = get(session.lsp.getTextDocumentService().codeAction(params)).stream()
				.filter(Either::isRight).map(Either::getRight).toList();
		CodeAction change = actions.stream().filter(a -> a.getTitle().equals("Change to 'sjs'")).findFirst()
				.orElseThrow(() -> new AssertionError("no 'Change to' in " + actions.stream().map(CodeAction::getTitle).toList()));
		List<TextEdit> edits = change.getEdit().getChanges() != null && !change.getEdit().getChanges().isEmpty()
				? change.getEdit().getChanges().get(session.uri("demo.plan"))
				: change.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
		assertEquals(PLAN, apply(broken, edits));
	}
}

package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.ServerSession.apply;
import static org.plans.dsl.tests.lsp.ServerSession.at;
import static org.plans.dsl.tests.lsp.ServerSession.get;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Rename refuses a new id that would break the plan, with a message the editor shows. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RenameRefusalTest {

	private static final String PLAN = String.join("\n",
			"plan demo",
			"",
			"person ana \"Ana Patel\"",
			"person sjs \"Sarah-Jane Smedmor\"",
			"",
			"priority 1 \"Workforce\" {",
			"    action 1.1 \"Recruit social workers\" {",
			"        lead ana",
			"        due 2025-03",
			"    }",
			"}",
			"");

	@TempDir
	Path workspace;

	private ServerSession session;

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
	void aKeywordIsRefused() {
		assertEquals("'lead' is a keyword: choose another id, such as 'lead-1'.", refusal("person ana", "lead"));
		assertEquals("'lead' is a keyword: choose another id, such as 'lead-1'.", refusal("lead ana", "lead"),
				"from a reference as from the declaration");
	}

	@Test
	void anIdInUseIsRefused() {
		assertEquals("'sjs' is already the id of another person, role, team or partner in this plan: choose another id.",
				refusal("person ana", "sjs"));
	}

	@Test
	void textThatIsNotAnIdIsRefused() {
		assertEquals("Write the id without '^' ('^lead'): an id cannot be a keyword.", refusal("person ana", "^lead"));
		assertTrue(refusal("person ana", "ana patel").startsWith("'ana patel' is not an id"));
	}

	@Test
	void aFreeIdIsAccepted() throws Exception {
		WorkspaceEdit edit = get(session.lsp.getTextDocumentService().rename(params("person ana", "anya")));
		List<TextEdit> edits = edit.getChanges() != null && !edit.getChanges().isEmpty()
				? edit.getChanges().get(session.uri("demo.plan"))
				: edit.getDocumentChanges().get(0).getLeft().getEdits().stream().map(Either::getLeft).toList();
		String renamed = apply(PLAN, edits);
		assertEquals(PLAN.replace("person ana ", "person anya ").replace("lead ana", "lead anya"), renamed);
	}

	/** The message of the error that renaming the id at {@code marker} to {@code newId} answers. */
	private String refusal(String marker, String newId) {
		ExecutionException failed = assertThrows(ExecutionException.class,
				() -> get(session.lsp.getTextDocumentService().rename(params(marker, newId))));
		return assertInstanceOf(ResponseErrorException.class, failed.getCause()).getResponseError().getMessage();
	}

	private RenameParams params(String marker, String newId) {
		return new RenameParams(session.id("demo.plan"), at(PLAN, marker, marker.length() - 1), newId);
	}
}

package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.ide.preview.PreviewResult;

/** {@code plans/preview} from the real server: pages from the unsaved text, over all the plan's files. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PreviewRequestTest {

	private final LanguageServerSession session;

	PreviewRequestTest(LanguageServerSession session) {
		this.session = session;
	}

	private String preview(String kind) throws Exception {
		PreviewResult result = session.preview(session.more, kind);
		assertEquals(kind, result.getKind());
		return result.getHtml();
	}

	@Test
	void pagesOfTheUnsavedTextOverEveryFileOfThePlan() throws Exception {
		session.change(session.more, MORE.replace("Audit case files", "Audit <unsaved> case files"));
		String plan = preview("plan");
		assertTrue(plan.contains("Audit &lt;unsaved&gt; case files"), plan);
		assertFalse(plan.contains("Audit case files"), plan);
		// action 1.1 and its cost are declared in the other file of plan "demo"
		assertTrue(plan.contains("Recruit permanent social workers"), plan);
		String report = preview("report");
		assertTrue(report.contains("<h2>Costs</h2>"), report);
		assertTrue(report.contains("Action 1.1: Recruit permanent social workers: £350"), report);
	}

	@Test
	void everyKindIsAPage() throws Exception {
		assertTrue(preview("plan").contains("Audit case files"));
		assertTrue(preview("checklist").contains("Audit case files"));
		String byLead = preview("by-lead");
		assertTrue(byLead.contains("Actions led by Sarah-Jane Smedmor"), byLead);
	}

	@Test
	void textWithMistakesGetsAPageSayingSo() throws Exception {
		session.change(session.more, MORE.replace("due 2025-01", "due 2025-01 }}"));
		String page = preview("report");
		assertTrue(page.contains("Fix the mistakes below to see the report again."), page);
		assertTrue(page.contains("Line "), page);
	}

	@Test
	void unknownKindIsRefusedWithTheKindsThereAre() {
		ExecutionException e = assertThrows(ExecutionException.class, () -> preview("gantt"));
		ResponseErrorException error = (ResponseErrorException) e.getCause();
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
		assertTrue(error.getMessage().contains("report, plan, checklist, by-lead"), error.getMessage());
	}
}

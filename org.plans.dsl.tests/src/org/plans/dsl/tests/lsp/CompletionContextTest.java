package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.ServerSession.at;
import static org.plans.dsl.tests.lsp.ServerSession.get;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion that fits where the cursor is: measures after target, months after due (and the
 * second edition's immediately and about), parties after supported by and involves, verdicts
 * after a position's date, the plan of another plan's items.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CompletionContextTest {

	private static final String PLAN = String.join("\n",
			"plan demo {",
			"    covers 2025-01 to 2025-06",
			"    uses other",
			"}",
			"",
			"person ana \"Ana Patel\"",
			"measure caseload \"Average caseload\" unit count lower is better",
			"",
			"priority 1 \"Workforce\" {",
			"    action 1.1 \"Recruit social workers\" {",
			"        lead ana",
			"        due 2025-03",
			"    }",
			"}",
			"");

	private static final String OTHER = String.join("\n",
			"plan other",
			"",
			"person zoe \"Zoe Lee\"",
			"");

	@TempDir
	Path workspace;

	private ServerSession session;

	@BeforeEach
	void start() throws Exception {
		session = new ServerSession(workspace, Map.of("demo.plan", PLAN, "other.plan", OTHER));
		session.start("demo.plan", "other.plan");
		session.awaitErrors("demo.plan", false);
	}

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void afterTargetOnlyMeasures() throws Exception {
		List<String> labels = labels(complete(PLAN.replace("due 2025-03", "target "), "target "));
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("caseload")), labels.toString());
		for (String word : List.of("due", "lead", "progress", "status", "target", "start")) {
			assertFalse(labels.contains(word), "no '" + word + "' right after target: " + labels);
		}
	}

	@Test
	void afterDueTheMonthsOfThePlansPeriod() throws Exception {
		List<String> labels = labels(complete(PLAN.replace("due 2025-03", "due "), "due "));
		assertTrue(labels.containsAll(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06")),
				labels.toString());
		assertFalse(labels.contains("2025-07"), labels.toString());
		assertTrue(labels.containsAll(List.of("tbc", "ongoing", "from")), "the other ways to say when stay: " + labels);
	}

	@Test
	void theSecondEditionsWordsAndNames() throws Exception {
		List<String> due = labels(complete(PLAN.replace("due 2025-03", "due "), "due "));
		assertTrue(due.containsAll(List.of("immediately", "about")), due.toString());
		List<String> supporters = labels(complete(PLAN.replace("lead ana", "lead ana supported by "), "supported by "));
		assertTrue(supporters.stream().anyMatch(l -> l.startsWith("ana")), supporters.toString());
		List<String> involved = labels(complete(PLAN.replace("due 2025-03", "due 2025-03\n        involves "), "involves "));
		assertTrue(involved.stream().anyMatch(l -> l.startsWith("ana")), involved.toString());
		List<String> verdicts = labels(complete(PLAN.replace("due 2025-03", "due 2025-03\n        position caseload 25 at 2025-02 "),
				"at 2025-02 "));
		assertTrue(verdicts.containsAll(List.of("below-target", "met", "on-track", "off-track", "red")), verdicts.toString());
	}

	@Test
	void anotherPlansItemsSayWhichPlan() throws Exception {
		List<CompletionItem> items = complete(PLAN.replace("lead ana", "lead "), "lead ");
		assertEquals("person", detail(items, "ana"));
		assertEquals("person in plan other", detail(items, "zoe"));
	}

	private List<CompletionItem> complete(String text, String after) throws Exception {
		session.change("demo.plan", 2, text);
		Either<List<CompletionItem>, CompletionList> result = get(session.lsp.getTextDocumentService()
				.completion(new CompletionParams(session.id("demo.plan"), at(text, after, after.length()))));
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	private static String detail(List<CompletionItem> items, String id) {
		return items.stream().filter(i -> i.getLabel().startsWith(id + " ")).findFirst()
				.orElseThrow(() -> new AssertionError("no " + id + " in " + labels(items))).getDetail();
	}
}

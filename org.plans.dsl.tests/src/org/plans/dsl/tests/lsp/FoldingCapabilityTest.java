package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.ServerSession.at;
import static org.plans.dsl.tests.lsp.ServerSession.get;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What initialize offers: folding to every client (whether or not it declares folding), no signature help. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FoldingCapabilityTest {

	private static final String PLAN = String.join("\n",
			"plan demo",
			"",
			"person ana \"Ana Patel\"",
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

	@AfterEach
	void stop() {
		session.close();
	}

	@Test
	void foldingIsOfferedAndBlocksFold() throws Exception {
		session = new ServerSession(workspace, Map.of("demo.plan", PLAN));
		InitializeParams params = session.params(null);
		assertNull(params.getCapabilities().getTextDocument().getFoldingRange(), "a client that declares no folding");
		ServerCapabilities offered = session.start(params, "demo.plan").getCapabilities();
		assertTrue(offered.getFoldingRangeProvider() != null && offered.getFoldingRangeProvider().getLeft(),
				"foldingRangeProvider: " + offered.getFoldingRangeProvider());
		assertNull(offered.getSignatureHelpProvider(), "the language has no calls: no signature help");

		List<FoldingRange> folds = get(session.lsp.getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(session.id("demo.plan"))));
		int priority = at(PLAN, "priority 1", 0).getLine();
		int action = at(PLAN, "action 1.1", 0).getLine();
		assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == priority && f.getEndLine() >= priority + 4), folds.toString());
		assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == action && f.getEndLine() >= action + 2), folds.toString());
	}
}

package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.plans.dsl.tests.lsp.ServerSession.errors;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.rules.Rule;

import com.google.gson.JsonObject;

/** Each diagnostic names its source, "plans", and links to its rule in docs/rules.md. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DiagnosticsMetadataTest {

	private static final String PLAN = String.join("\n",
			"plan demo",
			"",
			"person ana \"Ana Patel\"",
			"",
			"priority 1 \"Workforce\" {",
			"    action 1.1 \"Recruit social workers\" {",
			"        lead nobody",
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
	void diagnosticsLinkToThePublishedRules() throws Exception {
		session = new ServerSession(workspace, Map.of("demo.plan", PLAN));
		session.start("demo.plan");
		Diagnostic unresolved = unresolved(session.awaitErrors("demo.plan", true));
		assertEquals("plans", unresolved.getSource());
		assertNotNull(unresolved.getCodeDescription(), unresolved.toString());
		assertEquals("https://plans.org/docs/rules.md#plan-002-unresolved-reference", unresolved.getCodeDescription().getHref());
		assertEquals("https://plans.org/" + Rule.UNRESOLVED_REFERENCE.docsLink(), unresolved.getCodeDescription().getHref());
	}

	@Test
	void theDocsBaseIsAnInitializationOption() throws Exception {
		session = new ServerSession(workspace, Map.of("demo.plan", PLAN));
		JsonObject options = new JsonObject();
		options.addProperty("rulesDocsBase", "https://example.org/plans/v2");
		session.start(session.params(options), "demo.plan");
		Diagnostic unresolved = unresolved(session.awaitErrors("demo.plan", true));
		assertEquals("https://example.org/plans/v2/" + Rule.UNRESOLVED_REFERENCE.docsLink(),
				unresolved.getCodeDescription().getHref());
	}

	private static Diagnostic unresolved(List<Diagnostic> diagnostics) {
		return errors(diagnostics).stream()
				.filter(d -> d.getCode() != null && Rule.UNRESOLVED_REFERENCE.code().equals(d.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError(diagnostics.toString()));
	}
}

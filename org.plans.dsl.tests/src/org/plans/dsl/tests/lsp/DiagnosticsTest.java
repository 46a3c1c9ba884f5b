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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.rules.Rule;

/** Diagnostics published by the real server carry rule codes and follow each edit. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DiagnosticsTest {

	private final LanguageServerSession session;
	private final RecordingClient client;
	private final Path more;

	DiagnosticsTest(LanguageServerSession session) {
		this.session = session;
		this.client = session.client();
		this.more = session.more;
	}

	@Test
	void diagnosticsCarryCodesAndFollowEdits() throws Exception {
		client.awaitDiagnostics(uri(session.constructs), d -> errors(d).isEmpty(), WAIT);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);

		session.change(more, MORE.replace("lead ana, sjs", "lead ana, nobody"));
		List<Diagnostic> broken = client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT);
		Diagnostic linking = errors(broken).get(0);
		assertEquals(Rule.UNRESOLVED_REFERENCE.code(), linking.getCode().getLeft());
		assertEquals(at(MORE, "lead ana", 0).getLine(), linking.getRange().getStart().getLine());

		session.change(more, MORE.replace("due 2025-01", "due 2025-01 due"));
		List<Diagnostic> syntax = client.awaitDiagnostics(uri(more),
				d -> errors(d).stream().anyMatch(e -> !Rule.UNRESOLVED_REFERENCE.code().equals(e.getCode().getLeft())),
				WAIT);
		assertTrue(errors(syntax).stream().allMatch(e -> e.getCode() != null && e.getCode().getLeft().startsWith("PLAN-")),
				"syntax errors carry the rule code: " + syntax);

		session.change(more, MORE);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
	}
}

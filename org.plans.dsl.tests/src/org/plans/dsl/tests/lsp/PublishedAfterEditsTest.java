package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.tests.support.RandomEdits;

/**
 * What the server publishes after each of a series of random keystroke edits of a large example
 * ({@link RandomEdits}: findings change and lines move)
 * is, field by field and in order, what a fresh server publishes for the same text: diagnostics
 * kept from before an edit are those of the text after it.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class PublishedAfterEditsTest {

	@TempDir
	Path workspace;

	@ParameterizedTest
	@ValueSource(strings = { "hillingdon-csc-2015.plan", "cambridgeshire-ofsted-2024.plan" })
	void diagnosticsAfterEachEditAreThoseOfAFreshServer(String example) throws Exception {
		String text = Files.readString(Path.of("../examples", example));
		Random random = new Random(example.hashCode());
		try (ServerSession edited = new ServerSession(Files.createDirectories(workspace.resolve("edited")),
				Map.of("plan.plan", text))) {
			edited.start("plan.plan");
			edited.client.awaitDiagnostics(edited.uri("plan.plan"), d -> true, ServerSession.WAIT);
			for (int version = 2; version < 9; version++) {
				RandomEdits.Edit edit = RandomEdits.of(text, random);
				edited.edit("plan.plan", version, new Range(position(text, edit.start()), position(text, edit.end())),
						edit.text());
				text = edit.applyTo(text);
				ServerSession.get(edited.lsp.getTextDocumentService().documentSymbol(
						new DocumentSymbolParams(edited.id("plan.plan"))));
				List<String> published = describe(edited.client.latest(edited.uri("plan.plan")));
				assertEquals(fresh(text, version), published, example + " after edit " + version + " " + edit);
			}
		}
	}

	/** What a server started on {@code text} publishes for it. */
	private List<String> fresh(String text, int version) throws Exception {
		try (ServerSession fresh = new ServerSession(Files.createDirectories(workspace.resolve("fresh-" + version)),
				Map.of("plan.plan", text))) {
			fresh.start("plan.plan");
			List<String> published = describe(
					fresh.client.awaitDiagnostics(fresh.uri("plan.plan"), d -> true, ServerSession.WAIT));
			assertFalse(published.isEmpty(), "the example has findings");
			return published;
		}
	}

	/** Every field of each diagnostic, in the order published. */
	private static List<String> describe(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(Diagnostic::toString).toList();
	}

	private static Position position(String text, int offset) {
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}
}

package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;
import org.plans.dsl.ide.server.DiagnosticJson;
import org.plans.dsl.ide.server.PublishedDiagnostic;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The server writes a diagnostic it publishes again from the text it wrote before
 * ({@link DiagnosticJson}): the bytes are exactly those LSP4J's Gson writes, for every kind of
 * diagnostic, the first time and every time after, and also for writers set up otherwise
 * (indented, without HTML escaping, into a JSON tree).
 */
class DiagnosticJsonTest {

	private static final Map<String, JsonRpcMethod> METHODS = ServiceEndpoints.getSupportedMethods(LanguageClient.class);

	/** Characters JSON escapes, Gson escapes for HTML, and some that need two UTF-16 units. */
	private static final String[] PIECES = { "plain", "\"quoted\"", "back\\slash", "line\nbreak", "tab\t", "\r",
			"\u0000", "\u001f", "\u007f", "<tag>", "a & b", "x = y", "it's", "\u2028\u2029", "é", "日本",
			"\uD83D\uDE00", "\uD800", "/", "" };

	@Test
	void publishedDiagnosticsAreWrittenAsLsp4jWritesThem() {
		List<Diagnostic> plain = randomDiagnostics(new Random(7), 600);
		List<Diagnostic> published = plain.stream().<Diagnostic>map(PublishedDiagnostic::of).toList();
		MessageJsonHandler lsp4j = new MessageJsonHandler(METHODS);
		MessageJsonHandler ours = new MessageJsonHandler(METHODS, DiagnosticJson::register);
		String expected = lsp4j.serialize(publish(plain));
		assertEquals(expected, ours.serialize(publish(plain)), "diagnostics the server did not make");
		assertEquals(expected, ours.serialize(publish(published)), "the first time");
		assertEquals(expected, ours.serialize(publish(published)), "written again from their text");
		assertEquals(expected, new MessageJsonHandler(METHODS, DiagnosticJson::register).serialize(publish(published)),
				"by another connection's handler");
		assertEquals(expected, lsp4j.serialize(publish(published)), "a published diagnostic is a diagnostic to Gson");
	}

	@Test
	void anIndentedWriterGetsWhatLsp4jIndents() {
		List<Diagnostic> plain = randomDiagnostics(new Random(11), 200);
		List<Diagnostic> published = writtenOnce(plain);
		MessageJsonHandler lsp4j = new MessageJsonHandler(METHODS);
		assertEquals(lsp4j.format(publish(plain)), ours().format(publish(published)), "as in message traces");
	}

	@Test
	void aJsonTreeGetsWhatLsp4jPutsInIt() {
		List<Diagnostic> plain = randomDiagnostics(new Random(13), 200);
		List<Diagnostic> published = writtenOnce(plain);
		assertEquals(new MessageJsonHandler(METHODS).getGson().toJsonTree(plain), ours().getGson().toJsonTree(published));
	}

	@Test
	void aWriterWithoutHtmlEscapingGetsTextWithoutIt() {
		List<Diagnostic> plain = randomDiagnostics(new Random(17), 200);
		List<Diagnostic> published = writtenOnce(plain);
		Consumer<GsonBuilder> noHtmlEscaping = GsonBuilder::disableHtmlEscaping;
		MessageJsonHandler unescaped = new MessageJsonHandler(METHODS, noHtmlEscaping.andThen(DiagnosticJson::register));
		String expected = new MessageJsonHandler(METHODS, noHtmlEscaping).serialize(publish(plain));
		assertTrue(expected.contains("<tag>"), "the writer does not escape for HTML");
		assertEquals(expected, unescaped.serialize(publish(published)), "without HTML escaping");
		assertEquals(new MessageJsonHandler(METHODS).serialize(publish(plain)), ours().serialize(publish(published)),
				"and with it again");
	}

	private static MessageJsonHandler ours() {
		return new MessageJsonHandler(METHODS, DiagnosticJson::register);
	}

	/** Published diagnostics of {@code plain}, each written once as the server writes them (compact, HTML-safe). */
	private static List<Diagnostic> writtenOnce(List<Diagnostic> plain) {
		List<Diagnostic> published = plain.stream().<Diagnostic>map(PublishedDiagnostic::of).toList();
		ours().serialize(publish(published));
		return published;
	}

	private static NotificationMessage publish(List<Diagnostic> diagnostics) {
		NotificationMessage message = new NotificationMessage();
		message.setMethod("textDocument/publishDiagnostics");
		message.setParams(new PublishDiagnosticsParams("file:///tmp/plans/a%20plan.plan", diagnostics));
		return message;
	}

	/** Diagnostics with every field LSP4J has, each set or not at random, with texts that need escaping. */
	private static List<Diagnostic> randomDiagnostics(Random random, int count) {
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Diagnostic diagnostic = new Diagnostic();
			diagnostic.setRange(range(random));
			if (random.nextInt(4) == 0) {
				diagnostic.setMessage(new MarkupContent(random.nextBoolean() ? "markdown" : "plaintext", text(random)));
			} else {
				diagnostic.setMessage(text(random));
			}
			if (random.nextInt(5) > 0) {
				diagnostic.setSeverity(DiagnosticSeverity.values()[random.nextInt(DiagnosticSeverity.values().length)]);
			}
			switch (random.nextInt(3)) {
			case 0 -> diagnostic.setCode(text(random));
			case 1 -> diagnostic.setCode(random.nextInt(2000) - 1000);
			default -> { /* no code */ }
			}
			if (random.nextBoolean()) {
				diagnostic.setCodeDescription(new DiagnosticCodeDescription("https://plans.org/rules.md#" + text(random)));
			}
			if (random.nextBoolean()) {
				diagnostic.setSource(random.nextBoolean() ? "plans" : text(random));
			}
			if (random.nextInt(3) == 0) {
				diagnostic.setTags(random.nextBoolean() ? List.of(DiagnosticTag.Unnecessary)
						: List.of(DiagnosticTag.Deprecated, DiagnosticTag.Unnecessary));
			}
			if (random.nextInt(3) == 0) {
				List<DiagnosticRelatedInformation> related = new ArrayList<>();
				for (int r = random.nextInt(3); r >= 0; r--) {
					related.add(new DiagnosticRelatedInformation(new Location("file:///x/" + text(random), range(random)),
							text(random)));
				}
				diagnostic.setRelatedInformation(related);
			}
			diagnostic.setData(data(random));
			diagnostics.add(diagnostic);
		}
		return diagnostics;
	}

	/** What Xtext puts in {@code data} (an issue's strings), or JSON, or nothing. */
	private static Object data(Random random) {
		switch (random.nextInt(4)) {
		case 0:
			return new String[] { text(random), null, text(random) };
		case 1:
			JsonObject object = new JsonObject();
			object.addProperty(text(random), text(random));
			object.addProperty("n", random.nextDouble());
			JsonArray array = new JsonArray();
			array.add(random.nextLong());
			array.add(text(random));
			object.add("list", array);
			return object;
		case 2:
			return new String[0];
		default:
			return null;
		}
	}

	private static Range range(Random random) {
		int line = random.nextInt(100_000);
		return new Range(new Position(line, random.nextInt(200)), new Position(line + random.nextInt(3), random.nextInt(200)));
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = random.nextInt(5); i >= 0; i--) {
			text.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
		}
		return text.toString();
	}
}

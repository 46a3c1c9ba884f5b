package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.ide.server.PlansLanguageServer;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

/**
 * The real server process under abuse: broken JSON-RPC, unknown methods, requests for files
 * it never saw, ten thousand edits without pause and requests cancelled as soon as sent. It
 * must keep answering, and its last diagnostics must be what a fresh load of the final text
 * reports. The process is always killed.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class LanguageServerStressTest {

	private static final Duration WAIT = Duration.ofMinutes(3);

	private static final String PLAN = """
			plan stress "Stress" {
			    as of 2024-06-30
			}
			person ana "Ana Patel"
			measure m "Visits" unit count higher is better {
			    baseline 1 at 2024-01
			}
			priority 1 "Recruitment" {
			    objective "Fewer vacancies" {
			        action 1.1 "Recruit" {
			            lead ana
			            due 2024-09
			            target m >= 5 by 2024-12
			        }
			    }
			    action 1.2 "Train" { lead ana due 2024-10 depends on 1.1 }
			}
			""";

	/** What random edits type: keywords, names, punctuation, dates, strings, line breaks. */
	private static final List<String> PIECES = List.of("plan", "person", "priority", "objective", "action", "lead",
			"due", "depends on", "target", "measure", "milestone", "{", "}", "\"", "\"text\"", "ana", "nobody", "m",
			"1.1", "2.3", "2024-13", "2024-09", "2024-Q3", "2019/20", "::", ",", ">=", "\n", "    ", "/*", "*/", "//",
			"é", "\u2013", "\t", "");

	@TempDir
	Path workspace;

	private Process server;
	private RecordingClient client;
	private Launcher<LanguageServer> launcher;
	private LanguageServer lsp;

	@BeforeEach
	void start() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				PlansLanguageServer.class.getName())
				.redirectError(Redirect.appendTo(Files.createDirectories(Path.of("target")).resolve("lsp-stress.log").toFile()))
				.start();
	}

	@AfterEach
	void stop() {
		server.destroyForcibly();
	}

	@Test
	void survivesAbuseAndEndsWithTheRightDiagnostics() throws Exception {
		malformedJsonRpc(server.getOutputStream());
		client = new RecordingClient();
		launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
		launcher.startListening();
		lsp = launcher.getRemoteProxy();
		assertNotNull(get(lsp.initialize(initializeParams())).getCapabilities(), "answers after broken messages");
		lsp.initialized(new InitializedParams());

		unknownMethods();
		unopenedDocuments();
		String uri = workspace.resolve("stress.plan").toUri().toString();
		lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plans", 0, PLAN)));
		String last = randomEdits(uri, 10_000, new Random(20261124L));
		assertDiagnosticsOf(uri, last);
		assertEquals(List.of(), client.internalErrors(), "no rule failed on any text the edits made (see target/lsp-stress.log)");

		// then a plan that parses, edited in place: a lead nobody declared, the same name twice
		StringBuilder text = new StringBuilder(PLAN);
		List<TextDocumentContentChangeEvent> edits = new ArrayList<>();
		edits.add(new TextDocumentContentChangeEvent(PLAN));
		int lead = PLAN.indexOf("lead ana") + "lead ".length();
		edits.add(new TextDocumentContentChangeEvent(new Range(position(text, lead), position(text, lead + 3)), "nobody"));
		text.replace(lead, lead + 3, "nobody");
		edits.add(new TextDocumentContentChangeEvent(new Range(position(text, text.length()), position(text, text.length())),
				"person ana \"Ana again\"\n"));
		text.append("person ana \"Ana again\"\n");
		lsp.getTextDocumentService().didChange(
				new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 10_001), edits));
		assertDiagnosticsOf(uri, text.toString());
		assertNotNull(get(lsp.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))),
				"still answering");

		get(lsp.shutdown());
		lsp.exit();
		assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server ends after shutdown and exit");
	}

	/** The diagnostics the server ends with for {@code uri} are those a fresh load of {@code text} finds. */
	private void assertDiagnosticsOf(String uri, String text) throws InterruptedException {
		Set<String> expected = expectedDiagnostics(text);
		try {
			client.awaitDiagnostics(uri, d -> described(d).equals(expected), Duration.ofSeconds(90));
		} catch (AssertionError timedOut) {
			assertEquals(String.join("\n", expected), String.join("\n", described(client.latest(uri))),
					"final text:\n" + text);
		}
	}

	/**
	 * Bytes no client should send, each framed with a correct header so that the stream stays in
	 * step; request ids are ones LSP4J's client never uses, so that the error answers match nothing.
	 */
	private static void malformedJsonRpc(OutputStream out) throws IOException {
		for (String body : List.of("{not json", "[1,2,3]", "null", "{\"jsonrpc\":\"2.0\",\"id\":\"bad-1\",\"method\":42}",
				"{\"jsonrpc\":\"2.0\",\"id\":\"bad-2\",\"method\":\"textDocument/hover\",\"params\":\"nonsense\"}",
				"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":7}}",
				"{\"jsonrpc\":\"2.0\",\"id\":\"bad-3\",\"method\":\"textDocument/completion\",\"params\":{\"position\":[]}}",
				"\u0000\u0001\u0002")) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(bytes);
		}
		out.write("X-Unknown-Header: 1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private void unknownMethods() throws Exception {
		CompletableFuture<?> unknown = launcher.getRemoteEndpoint().request("plans/noSuchMethod", Map.of("a", 1));
		ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> unknown.get(WAIT.toSeconds(), TimeUnit.SECONDS));
		assertTrue(failure.getCause() instanceof ResponseErrorException, failure.toString());
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
				((ResponseErrorException) failure.getCause()).getResponseError().getCode());
		launcher.getRemoteEndpoint().notify("plans/noSuchNotification", null);
		launcher.getRemoteEndpoint().notify("$/noSuchProtocolNotification", Map.of());
	}

	/** Requests about a file never opened and not on disk: an answer or an error, never a hang. */
	private void unopenedDocuments() throws Exception {
		TextDocumentIdentifier nowhere = new TextDocumentIdentifier(workspace.resolve("nowhere.plan").toUri().toString());
		Position start = new Position(0, 0);
		List<CompletableFuture<?>> requests = List.of(
				lsp.getTextDocumentService().hover(new HoverParams(nowhere, start)),
				lsp.getTextDocumentService().completion(new CompletionParams(nowhere, start)),
				lsp.getTextDocumentService().documentSymbol(new DocumentSymbolParams(nowhere)),
				lsp.getTextDocumentService().formatting(new DocumentFormattingParams(nowhere, new FormattingOptions(4, true))));
		for (CompletableFuture<?> request : requests) {
			try {
				request.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			} catch (ExecutionException answeredWithAnError) {
				assertTrue(answeredWithAnError.getCause() instanceof ResponseErrorException, answeredWithAnError.toString());
			}
		}
		lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(nowhere.getUri(), 5), List.of(new TextDocumentContentChangeEvent("x"))));
	}

	/** Sends {@code count} random edits without waiting, cancelling a request now and then; returns the final text. */
	private String randomEdits(String uri, int count, Random random) {
		StringBuilder text = new StringBuilder(PLAN);
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		for (int version = 1; version <= count; version++) {
			TextDocumentContentChangeEvent change;
			if (random.nextInt(10) == 0 || text.length() > 4000) {
				text.setLength(0);
				text.append(random.nextBoolean() ? PLAN : mutate(PLAN, random));
				change = new TextDocumentContentChangeEvent(text.toString());
			} else {
				int from = random.nextInt(text.length() + 1);
				int to = Math.min(text.length(), from + random.nextInt(8));
				String inserted = PIECES.get(random.nextInt(PIECES.size()));
				change = new TextDocumentContentChangeEvent(new Range(position(text, from), position(text, to)), inserted);
				text.replace(from, to, inserted);
			}
			lsp.getTextDocumentService().didChange(
					new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
			if (version % 50 == 0) {
				Position at = position(text, random.nextInt(text.length() + 1));
				lsp.getTextDocumentService().completion(new CompletionParams(document, at)).cancel(true);
				lsp.getTextDocumentService().hover(new HoverParams(document, at)).cancel(true);
			}
		}
		return text.toString();
	}

	private static String mutate(String text, Random random) {
		StringBuilder result = new StringBuilder(text);
		for (int i = 0; i < 5; i++) {
			int at = random.nextInt(result.length() + 1);
			result.insert(at, PIECES.get(random.nextInt(PIECES.size())));
		}
		return result.toString();
	}

	private static Position position(CharSequence text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	/** "line:column severity message" of each issue a fresh load of {@code text} reports. */
	private static Set<String> expectedDiagnostics(String text) {
		PlansInjectorProvider provider = new PlansInjectorProvider();
		provider.setupRegistry();
		PlanLoader loader = provider.getInjector().getInstance(PlanLoader.class);
		Set<String> result = new TreeSet<>();
		loader.loadTexts(Map.of("stress.plan", text)).issues().stream().filter(i -> i.getSeverity() != Severity.IGNORE)
				.forEach(i -> result.add((i.getLineNumber() - 1) + ":" + (i.getColumn() - 1) + " "
						+ i.getSeverity().name().charAt(0) + " " + i.getMessage()));
		return result;
	}

	private static Set<String> described(List<Diagnostic> diagnostics) {
		Set<String> result = new TreeSet<>();
		for (Diagnostic d : diagnostics) {
			result.add(d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + " "
					+ d.getSeverity().name().toUpperCase().charAt(0) + " "
					+ (d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue()));
		}
		return result;
	}

	private InitializeParams initializeParams() {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "stress")));
		params.setRootUri(workspace.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		return params;
	}

	private static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}
}

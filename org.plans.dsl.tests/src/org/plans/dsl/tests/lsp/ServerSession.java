package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.plans.dsl.ide.server.PlansLanguageServer;

/**
 * The real language server process ({@link PlansLanguageServer} on stdin/stdout) on a workspace
 * of given files, driven by LSP4J's client as an editor would; for the tests of one feature each.
 */
final class ServerSession implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(60);

	final Path workspace;
	final RecordingClient client = new RecordingClient();
	final LanguageServer lsp;
	private final Process server;

	/** Writes {@code files} (name to text) into {@code workspace} and starts the server on it. */
	ServerSession(Path workspace, Map<String, String> files) throws IOException {
		this.workspace = workspace;
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(workspace.resolve(file.getKey()), file.getValue());
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				PlansLanguageServer.class.getName())
				.redirectError(Files.createDirectories(Path.of("target")).resolve("lsp-server.log").toFile()).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(),
				server.getOutputStream());
		launcher.startListening();
		lsp = launcher.getRemoteProxy();
	}

	/** Initializes the server with {@code params} and opens {@code names}. */
	InitializeResult start(InitializeParams params, String... names) throws Exception {
		InitializeResult result = get(lsp.initialize(params));
		lsp.initialized(new InitializedParams());
		for (String name : names) {
			open(name);
		}
		return result;
	}

	/** Initializes the server as an editor with completion snippets would, and opens {@code names}. */
	InitializeResult start(String... names) throws Exception {
		return start(params(null), names);
	}

	/** The initialize parameters of a client with snippets, and {@code options} as initialization options. */
	InitializeParams params(Object options) {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "plans")));
		params.setRootUri(workspace.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		params.setInitializationOptions(options);
		return params;
	}

	void open(String name) throws IOException {
		lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(name), "plans", 1, Files.readString(workspace.resolve(name)))));
	}

	void change(String name, int version, String text) {
		lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(name), version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** Replaces {@code range} of the open file with {@code text}, as an editor sends a keystroke. */
	void edit(String name, int version, Range range, String text) {
		lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(name), version), List.of(new TextDocumentContentChangeEvent(range, text))));
	}

	/** Waits until the file's diagnostics have errors ({@code true}) or none. */
	List<Diagnostic> awaitErrors(String name, boolean any) throws InterruptedException {
		return client.awaitDiagnostics(uri(name), d -> errors(d).isEmpty() != any, WAIT);
	}

	String uri(String name) {
		return workspace.resolve(name).toUri().toString();
	}

	TextDocumentIdentifier id(String name) {
		return new TextDocumentIdentifier(uri(name));
	}

	@Override
	public void close() {
		server.destroyForcibly();
	}

	static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
	}

	static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/** The position {@code delta} characters into the first occurrence of {@code marker}. */
	static Position at(String text, String marker, int delta) {
		int index = text.indexOf(marker);
		assertTrue(index >= 0, "marker not found: " + marker);
		int offset = index + delta;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}

	/** The text after applying non-overlapping edits. */
	static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart())));
		StringBuilder sb = new StringBuilder(text);
		for (TextEdit e : sorted) {
			sb.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
		}
		return sb.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}

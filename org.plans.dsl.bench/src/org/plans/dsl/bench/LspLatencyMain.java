package org.plans.dsl.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Drives the real language server process as an editor would, on one plan file: open it,
 * then edit one lead in the middle of the file back and forth between a wrong and a right
 * name, timing {@code didChange} until the matching {@code publishDiagnostics}; then asks
 * for completion after that {@code lead} many times. Prints
 * {@code open ms}, {@code diagnostics p50 p95 max}, {@code edit-cpu ms} (the server's CPU time per
 * edit, over standard input and output only) and {@code completion p50 p95 max}.
 * <p>
 * Usage: {@code LspLatencyMain PLAN EDITS COMPLETIONS SERVER-COMMAND...} for a server on
 * standard input and output ({@code ./plans lsp}), or {@code LspLatencyMain PLAN EDITS
 * COMPLETIONS --websocket SERVE-COMMAND...} for {@code plans serve}'s {@code /lsp}
 * ({@code ./plans serve}: {@link WebSocketTransport} adds the port and folder).
 * With {@code -Dplans.bench.syntaxError=true} the wrong name is no name at all: each other edit
 * leaves the file with a syntax error, as typing does between keystrokes.
 */
public final class LspLatencyMain {

	private static final long WAIT_MS = 120_000;

	/** The wrong lead: a name nobody declared, or none (a syntax error). */
	private static final String WRONG = Boolean.getBoolean("plans.bench.syntaxError") ? "" : "nobody";

	private LspLatencyMain() {
	}

	public static void main(String[] args) throws Exception {
		Path source = Path.of(args[0]);
		int edits = Integer.parseInt(args[1]);
		int completions = Integer.parseInt(args[2]);
		boolean websocket = args[3].equals("--websocket");
		List<String> command = Arrays.asList(args).subList(websocket ? 4 : 3, args.length);

		Path workspace = Files.createTempDirectory("plans-lsp-bench");
		Path file = workspace.resolve(source.getFileName());
		Files.copy(source, file);
		String text = Files.readString(file);
		String uri = file.toUri().toString();

		Process server = websocket ? null
				: new ProcessBuilder(command).redirectError(new File(workspace.toFile(), "server.log")).start();
		WebSocketTransport transport = websocket ? WebSocketTransport.start(command, workspace) : null;
		Recorder client = new Recorder();
		Launcher<LanguageServer> launcher = websocket
				? LSPLauncher.createClientLauncher(client, transport.in(), transport.out())
				: LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
		launcher.startListening();
		LanguageServer lsp = launcher.getRemoteProxy();
		try {
			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			TextDocumentClientCapabilities capabilities = new TextDocumentClientCapabilities();
			capabilities.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
			init.setCapabilities(new ClientCapabilities(null, capabilities, null));
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
			init.setRootUri(workspace.toUri().toString());
			lsp.initialize(init).get(WAIT_MS, TimeUnit.MILLISECONDS);
			lsp.initialized(new InitializedParams());

			long openStart = System.nanoTime();
			int seen = client.count();
			lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plans", 1, text)));
			client.await(uri, seen, d -> errors(d) == 0);
			System.out.printf("open %d%n", (System.nanoTime() - openStart) / 1_000_000);

			// The lead of an action in the middle of the file: "lead pN" -> "lead nobody" and back.
			int at = text.indexOf("            lead p", text.length() / 2);
			int nameStart = at + "            lead ".length();
			int nameEnd = nameStart;
			while (Character.isLetterOrDigit(text.charAt(nameEnd))) {
				nameEnd++;
			}
			String name = text.substring(nameStart, nameEnd);
			Position start = position(text, nameStart);
			String current = name;
			int version = 1;
			List<Long> diagnostics = new ArrayList<>();
			long cpuBefore = cpuMillis(server);
			for (int i = 0; i < edits; i++) {
				String next = current.equals(name) ? WRONG : name;
				Range range = new Range(start, new Position(start.getLine(), start.getCharacter() + current.length()));
				boolean broken = !next.equals(name);
				seen = client.count();
				long t0 = System.nanoTime();
				lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, ++version),
						List.of(new TextDocumentContentChangeEvent(range, next))));
				client.await(uri, seen, d -> broken ? errors(d) > 0 : errors(d) == 0);
				diagnostics.add((System.nanoTime() - t0) / 1_000_000);
				current = next;
			}
			System.out.println("diagnostics " + percentiles(diagnostics.subList(Math.min(2, edits / 2), edits)));
			long cpuAfter = cpuMillis(server);
			if (cpuBefore >= 0 && cpuAfter >= 0) {
				System.out.println("edit-cpu " + (cpuAfter - cpuBefore) / edits);
			}

			Position afterLead = new Position(start.getLine(), start.getCharacter());
			List<Long> latencies = new ArrayList<>();
			for (int i = 0; i < completions + 5; i++) {
				long t0 = System.nanoTime();
				var result = lsp.getTextDocumentService()
						.completion(new CompletionParams(new TextDocumentIdentifier(uri), afterLead))
						.get(WAIT_MS, TimeUnit.MILLISECONDS);
				long millis = (System.nanoTime() - t0) / 1_000_000;
				int items = result.isLeft() ? result.getLeft().size() : result.getRight().getItems().size();
				if (items == 0) {
					throw new IllegalStateException("no completion after 'lead ' at " + afterLead);
				}
				if (i >= 5) {
					latencies.add(millis);
				}
			}
			System.out.println("completion " + percentiles(latencies));
			lsp.shutdown().get(WAIT_MS, TimeUnit.MILLISECONDS);
			lsp.exit();
			if (server != null) {
				server.waitFor(20, TimeUnit.SECONDS);
			}
		} finally {
			if (server != null) {
				server.destroyForcibly();
			}
			if (transport != null) {
				transport.close();
			}
			Files.deleteIfExists(file);
		}
		System.exit(0);
	}

	/**
	 * CPU time the server process (and the JVM it runs, if started through a script) has used,
	 * in ms; -1 when unknown (over a WebSocket). Unlike wall time it hardly depends on what else
	 * the machine runs.
	 */
	private static long cpuMillis(Process server) {
		if (server == null) {
			return -1;
		}
		long total = 0;
		List<ProcessHandle> processes = new ArrayList<>(List.of(server.toHandle()));
		server.toHandle().descendants().forEach(processes::add);
		for (ProcessHandle process : processes) {
			total += process.info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L);
		}
		return total;
	}

	private static long errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).count();
	}

	private static Position position(String text, int offset) {
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

	/** "p50 p95 max" in milliseconds. */
	private static String percentiles(List<Long> millis) {
		List<Long> sorted = millis.stream().sorted().toList();
		return at(sorted, 0.50) + " " + at(sorted, 0.95) + " " + sorted.get(sorted.size() - 1);
	}

	private static long at(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	/** The editor's side: counts diagnostics as they arrive, per file. */
	private static final class Recorder implements LanguageClient {

		private final List<PublishDiagnosticsParams> published = new ArrayList<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
			published.add(params);
			notifyAll();
		}

		synchronized int count() {
			return published.size();
		}

		/** Waits for diagnostics of {@code uri}, published after the first {@code seen}, that satisfy {@code condition}. */
		synchronized void await(String uri, int seen, Predicate<List<Diagnostic>> condition) throws InterruptedException {
			long deadline = System.currentTimeMillis() + WAIT_MS;
			int next = seen;
			while (true) {
				for (; next < published.size(); next++) {
					PublishDiagnosticsParams params = published.get(next);
					if (params.getUri().equals(uri) && condition.test(params.getDiagnostics())) {
						return;
					}
				}
				long left = deadline - System.currentTimeMillis();
				if (left <= 0) {
					throw new IllegalStateException("no matching diagnostics for " + uri);
				}
				wait(left);
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}

package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.plans.dsl.tests.lsp.LspText.apply;
import static org.plans.dsl.tests.lsp.LspText.changes;
import static org.plans.dsl.tests.lsp.LspText.errors;
import static org.plans.dsl.tests.lsp.LspText.id;
import static org.plans.dsl.tests.lsp.LspText.uri;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.plans.dsl.ide.preview.PreviewParams;
import org.plans.dsl.ide.preview.PreviewResult;
import org.plans.dsl.ide.server.PlansLanguageServer;

/**
 * One real language server process ({@link PlansLanguageServer} on stdin/stdout), driven with
 * LSP4J's client over a copy of examples/constructs plus {@link #MORE} and {@link #OTHER}, as an
 * editor would. Started once per test run by {@link LanguageServerSessionExtension}; after each
 * test the open files are put back as they were. {@link ServerShutdownTest}, the last class of
 * the run, shuts it down; closing it ends the process in any case.
 */
final class LanguageServerSession implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(60);

	/** A second file of plan "demo": a person, and references across the two files. */
	static final String MORE = String.join("\n",
			"plan demo",
			"",
			"person sjs \"Sarah-Jane Smedmor\" as hos",
			"",
			"priority 2 \"Quality\" {",
			"    sponsor demo::ana",
			"    action 2.1 \"Audit case files\" {",
			"        lead ana, sjs",
			"        due 2025-01",
			"        depends on 1.1",
			"",
			"    }",
			"}",
			"");

	/** Another plan that names a person of plan "demo" by its qualified name; never opened. */
	static final String OTHER = String.join("\n",
			"plan other",
			"",
			"priority 1 \"Shared work\" {",
			"    sponsor demo::ana",
			"}",
			"");

	/** The example of every construct, open in the editor. */
	final Path constructs;
	/** A file with {@link #MORE}, open in the editor. */
	final Path more;
	/** A file with {@link #OTHER}, only on disk. */
	final Path other;

	private final Path workspace;
	private final Process server;
	private final RecordingClient client = new RecordingClient();
	private final PreviewingServer lsp;
	private final Map<Path, String> saved = new HashMap<>();
	private final Map<Path, String> current = new HashMap<>();
	private final Map<Path, Integer> versions = new HashMap<>();
	private InitializeResult initialized;
	private boolean shutDown;

	private LanguageServerSession() throws IOException {
		workspace = Files.createTempDirectory("plans-lsp-");
		Path examples = Path.of(System.getProperty("plans.root", "..")).resolve("examples/constructs");
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.toList()) {
				Files.copy(file, workspace.resolve(file.getFileName()));
			}
		}
		constructs = workspace.resolve("all-constructs.plan");
		more = workspace.resolve("more.plan");
		Files.writeString(more, MORE);
		other = workspace.resolve("other.plan");
		Files.writeString(other, OTHER);

		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				PlansLanguageServer.class.getName())
				.redirectError(Files.createDirectories(Path.of("target")).resolve("lsp-server.log").toFile()).start();
		Launcher<PreviewingServer> launcher = new LSPLauncher.Builder<PreviewingServer>().setLocalService(client)
				.setRemoteInterface(PreviewingServer.class).setInput(server.getInputStream())
				.setOutput(server.getOutputStream()).create();
		launcher.startListening();
		lsp = launcher.getRemoteProxy();
	}

	/** Starts the server, initialises it, opens the example and {@link #MORE} and waits for their diagnostics. */
	static LanguageServerSession start() throws Exception {
		LanguageServerSession session = new LanguageServerSession();
		try {
			session.initialized = get(session.lsp.initialize(session.initializeParams()));
			session.lsp.initialized(new InitializedParams());
			session.open(session.constructs);
			session.open(session.more);
			session.client.awaitDiagnostics(uri(session.constructs), d -> errors(d).isEmpty(), WAIT);
			session.client.awaitDiagnostics(uri(session.more), d -> errors(d).isEmpty(), WAIT);
			return session;
		} catch (Exception | Error e) {
			session.server.destroyForcibly();
			throw e;
		}
	}

	/** What the server answered to {@code initialize}. */
	InitializeResult initializeResult() {
		return initialized;
	}

	/** The server's {@code plans/preview} page. */
	PreviewResult preview(Path file, String kind) throws Exception {
		return get(lsp.preview(new PreviewParams(uri(file), kind)));
	}

	LanguageServer server() {
		return lsp;
	}

	RecordingClient client() {
		return client;
	}

	/** The text of the constructs example as it is on disk. */
	String constructsText() {
		return saved.get(constructs);
	}

	/** Sends the whole new text of an open file, as the next version. */
	void change(Path file, String text) {
		int version = versions.merge(file, 1, Integer::sum);
		current.put(file, text);
		lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** Inserts {@code inserted} at {@code at} as one incremental change (as Neovim sends them), as the next version. */
	void insert(Path file, Position at, String inserted) {
		int version = versions.merge(file, 1, Integer::sum);
		String text = current.get(file);
		int offset = LspText.offset(text, at);
		current.put(file, text.substring(0, offset) + inserted + text.substring(offset));
		lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version),
				List.of(new TextDocumentContentChangeEvent(new Range(at, at), inserted))));
	}

	/** Returns once the server has finished the builds of every change sent so far (a request waits for them). */
	void settle() throws Exception {
		get(lsp.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(constructs))));
	}

	/**
	 * Puts every open file back as it was opened, lets the server finish building, and waits until no
	 * file has an error, so that each test starts where the session started.
	 */
	void restore() throws Exception {
		if (shutDown) {
			return;
		}
		boolean changed = false;
		for (Path file : List.of(constructs, more)) {
			if (!current.get(file).equals(saved.get(file))) {
				change(file, saved.get(file));
				changed = true;
			}
		}
		if (changed) {
			// a request waits for the builds before it; their diagnostics arrive before its answer
			get(lsp.getTextDocumentService().documentSymbol(new DocumentSymbolParams(id(constructs))));
			for (Path file : List.of(constructs, more, other)) {
				client.awaitDiagnostics(uri(file), d -> errors(d).isEmpty(), WAIT);
			}
		}
	}

	List<CompletionItem> complete(Path file, Position position) throws Exception {
		Either<List<CompletionItem>, CompletionList> result = get(
				lsp.getTextDocumentService().completion(new CompletionParams(id(file), position)));
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	String hoverText(Path file, Position position) throws Exception {
		Hover hover = get(lsp.getTextDocumentService().hover(new HoverParams(id(file), position)));
		assertNotNull(hover, "hover at " + position);
		return hover.getContents().getRight().getValue();
	}

	List<Location> definition(Path file, Position position) throws Exception {
		Either<List<? extends Location>, List<? extends LocationLink>> result = get(lsp.getTextDocumentService()
				.definition(new DefinitionParams(id(file), position)));
		return new ArrayList<>(result.getLeft());
	}

	List<CodeAction> codeActions(Path file, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(id(file), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = get(lsp.getTextDocumentService().codeAction(params));
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	/** The edits of this file in the code action with this title, failing if the server offers none. */
	List<TextEdit> fix(Path file, Diagnostic diagnostic, String title) throws Exception {
		List<CodeAction> actions = codeActions(file, diagnostic);
		CodeAction action = actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no code action '" + title + "' in " + actions));
		return changes(action.getEdit()).get(uri(file));
	}

	/** {@code text} as the language server formats it. */
	String formattedByServer(Path file, String text) throws Exception {
		change(file, text);
		List<? extends TextEdit> edits = get(lsp.getTextDocumentService()
				.formatting(new DocumentFormattingParams(id(file), new FormattingOptions(4, true))));
		return apply(text, new ArrayList<>(edits));
	}

	static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	/**
	 * Shuts the server down as an editor does ({@code shutdown}, then {@code exit}) and tells whether
	 * the process ended within 20 seconds. The session cannot be used after this.
	 */
	boolean shutDown() throws Exception {
		shutDown = true;
		get(lsp.shutdown());
		lsp.exit();
		return server.waitFor(20, TimeUnit.SECONDS);
	}

	boolean isShutDown() {
		return shutDown;
	}

	/** Ends the process however it is (shut down first if no test did), and deletes the workspace. */
	@Override
	public void close() throws Exception {
		try {
			if (!shutDown) {
				shutDown();
			}
		} finally {
			server.destroyForcibly();
			try (Stream<Path> files = Files.walk(workspace)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** A file of the workspace (a copy of examples/constructs), opened in the editor if it is not yet. */
	Path opened(String name) throws IOException {
		Path file = workspace.resolve(name);
		if (!saved.containsKey(file)) {
			open(file);
		}
		return file;
	}

	private void open(Path file) throws IOException {
		String text = Files.readString(file);
		saved.put(file, text);
		current.put(file, text);
		versions.put(file, 1);
		lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(file), "plans", 1, text)));
	}

	private InitializeParams initializeParams() {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "constructs")));
		params.setRootUri(workspace.toUri().toString());
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setFoldingRange(new FoldingRangeCapabilities());
		text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		return params;
	}
}

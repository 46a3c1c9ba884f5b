package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.stream.Collectors;
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
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.ide.server.PlansLanguageServer;
import org.plans.dsl.rules.Rule;

/**
 * Starts the real language server process ({@link PlansLanguageServer} on stdin/stdout)
 * and drives it with LSP4J's client over a copy of examples/constructs plus a second file
 * of the same plan, as an editor would.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LanguageServerEndToEndTest {

	private static final Duration WAIT = Duration.ofSeconds(60);

	/** A second file of plan "demo": a person, and references across the two files. */
	private static final String MORE = String.join("\n",
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

	/** Another plan that names a person of plan "demo" by its qualified name. */
	private static final String OTHER = String.join("\n",
			"plan other",
			"",
			"priority 1 \"Shared work\" {",
			"    sponsor demo::ana",
			"}",
			"");

	@TempDir
	Path workspace;

	private Process server;
	private RecordingClient client;
	private LanguageServer lsp;
	private Path constructs;
	private Path more;
	private Path other;

	@BeforeEach
	void start() throws Exception {
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
		client = new RecordingClient();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(),
				server.getOutputStream());
		launcher.startListening();
		lsp = launcher.getRemoteProxy();
	}

	@AfterEach
	void stop() {
		server.destroyForcibly();
	}

	@Test
	void anEditorSession() throws Exception {
		InitializeResult init = get(lsp.initialize(initializeParams()));
		SemanticTokensLegend legend = init.getCapabilities().getSemanticTokensProvider().getLegend();
		ServerCapabilities offered = init.getCapabilities();
		assertNotNull(offered.getCompletionProvider());
		assertTrue(offered.getHoverProvider().getLeft());
		assertTrue(offered.getDefinitionProvider().getLeft());
		assertTrue(offered.getReferencesProvider().getLeft());
		assertNotNull(offered.getRenameProvider());
		assertTrue(offered.getDocumentSymbolProvider().getLeft());
		assertTrue(offered.getWorkspaceSymbolProvider().getLeft());
		assertTrue(offered.getFoldingRangeProvider().getLeft());
		assertTrue(offered.getDocumentFormattingProvider().getLeft());
		assertTrue(offered.getDocumentRangeFormattingProvider().getLeft());
		assertTrue(offered.getCodeActionProvider().getLeft());
		assertTrue(offered.getSemanticTokensProvider().getFull().getLeft());
		lsp.initialized(new InitializedParams());
		open(constructs);
		open(more);

		diagnosticsCarryCodesAndFollowEdits();
		completion();
		hover();
		dateHoversAndSnippets();
		definitionAndReferences();
		rename();
		formatting();
		codeActions();
		semanticTokens(legend);
		outlineSymbolsAndFolding();

		get(lsp.shutdown());
		lsp.exit();
		assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server ends after shutdown and exit");
	}

	/**
	 * Each edit rebuilds the edited file only; a file that refers to it and is not rebuilt
	 * must still see the declarations of the new text, and its errors must follow them.
	 */
	@Test
	void editsOfAFileReachTheFilesThatReferToIt() throws Exception {
		String text = openConstructsAndMore();

		String retitled = text.replace("person ana \"Ana Patel\"", "// moved down\n\nperson ana \"Ana Patel-Smith\"")
				.replace("action 1.1 \"Recruit permanent social workers\"", "action 1.1 \"Recruit social workers\"");
		change(constructs, 2, retitled);
		assertTrue(hoverText(more, at(MORE, "lead ana", 5)).contains("**Ana Patel-Smith** (`ana`)"));
		assertTrue(hoverText(more, at(MORE, "depends on 1.1", "depends on ".length()))
				.startsWith("**Action 1.1** Recruit social workers"));
		List<Location> toAna = definition(more, at(MORE, "lead ana", 5));
		assertEquals(at(retitled, "person ana", 0).getLine(), toAna.get(0).getRange().getStart().getLine());
		assertEquals(List.of(), errors(client.latest(uri(more))));

		change(constructs, 3, retitled.replace("person ana ", "person anya "));
		List<Diagnostic> broken = client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT);
		assertTrue(errors(broken).stream().allMatch(e -> Rule.UNRESOLVED_REFERENCE.code().equals(e.getCode().getLeft())), broken.toString());
		assertEquals(List.of(at(MORE, "sponsor demo::ana", 0).getLine(), at(MORE, "lead ana", 0).getLine()),
				errors(broken).stream().map(e -> e.getRange().getStart().getLine()).sorted().toList());

		change(constructs, 4, retitled);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
		client.awaitDiagnostics(uri(constructs), d -> errors(d).isEmpty(), WAIT);
		assertTrue(hoverText(more, at(MORE, "lead ana", 5)).contains("**Ana Patel-Smith** (`ana`)"));
	}

	/** Starts a session with the constructs example and {@link #MORE} open; returns the example's text. */
	private String openConstructsAndMore() throws Exception {
		get(lsp.initialize(initializeParams()));
		lsp.initialized(new InitializedParams());
		open(constructs);
		open(more);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
		return Files.readString(constructs);
	}

	/**
	 * An edit that cancels the build of the one before must not leave that build's errors behind:
	 * here renaming a person back while the workspace is still being checked against the rename.
	 */
	@Test
	void errorsOfACancelledBuildDoNotStay() throws Exception {
		String text = openConstructsAndMore();
		// a new person before ana moves ana in the index: every file that names ana is checked again
		String moved = text.replace("person ana \"Ana Patel\"", "person zed \"Zed\"\nperson ana \"Ana Patel\"");
		change(constructs, 2, moved);
		// a request waits for that build to end
		assertTrue(hoverText(more, at(MORE, "lead ana", 5)).contains("**Ana Patel** (`ana`)"));
		change(constructs, 3, moved.replace("person ana ", "person anya "));
		client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT);
		change(constructs, 4, moved);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
		client.awaitDiagnostics(uri(other), d -> errors(d).isEmpty(), WAIT);
	}

	private void diagnosticsCarryCodesAndFollowEdits() throws Exception {
		client.awaitDiagnostics(uri(constructs), d -> errors(d).isEmpty(), WAIT);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);

		change(more, 2, MORE.replace("lead ana, sjs", "lead ana, nobody"));
		List<Diagnostic> broken = client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT);
		Diagnostic linking = errors(broken).get(0);
		assertEquals(Rule.UNRESOLVED_REFERENCE.code(), linking.getCode().getLeft());
		assertEquals(at(MORE, "lead ana", 0).getLine(), linking.getRange().getStart().getLine());

		change(more, 3, MORE.replace("due 2025-01", "due 2025-01 due"));
		List<Diagnostic> syntax = client.awaitDiagnostics(uri(more),
				d -> errors(d).stream().anyMatch(e -> !Rule.UNRESOLVED_REFERENCE.code().equals(e.getCode().getLeft())),
				WAIT);
		assertTrue(errors(syntax).stream().allMatch(e -> e.getCode() != null && e.getCode().getLeft().startsWith("PLAN-")),
				"syntax errors carry the rule code: " + syntax);

		change(more, 4, MORE);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);
	}

	private void completion() throws Exception {
		List<CompletionItem> afterLead = complete(more, at(MORE, "lead ana, ", "lead ana, ".length()));
		List<String> labels = afterLead.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("sjs — Sarah-Jane Smedmor"), labels.toString());
		assertTrue(labels.contains("ana — Ana Patel"), labels.toString());
		assertTrue(labels.contains("hos — Head of Service"), labels.toString());
		CompletionItem sjs = afterLead.stream().filter(i -> i.getLabel().startsWith("sjs ")).findFirst().orElseThrow();
		assertEquals("sjs", sjs.getTextEdit().getLeft().getNewText());

		List<String> actions = complete(more, at(MORE, "depends on ", "depends on ".length())).stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(actions.contains("1.1 Recruit permanent social workers"), actions.toString());
		assertTrue(actions.contains("2.1 Audit case files"), actions.toString());
		assertFalse(actions.contains("ana — Ana Patel"), "only actions after 'depends on': " + actions);

		List<CompletionItem> inAction = complete(more, at(MORE, "depends on 1.1\n\n", "depends on 1.1\n\n".length()));
		List<String> words = inAction.stream().map(CompletionItem::getLabel).toList();
		assertTrue(words.containsAll(List.of("due", "progress", "target", "status")), words.toString());
		assertFalse(words.contains("{"), "no punctuation in completion: " + words);
		CompletionItem dueSnippet = inAction.stream().filter(i -> i.getLabel().equals("due from <date> and ongoing"))
				.findFirst().orElseThrow(() -> new AssertionError(words.toString()));
		assertEquals(InsertTextFormat.Snippet, dueSnippet.getInsertTextFormat());
		assertTrue(dueSnippet.getTextEdit().getLeft().getNewText().matches("due from \\$\\{1:\\d{4}-\\d{2}\\} and ongoing"));
		CompletionItem target = inAction.stream().filter(i -> i.getLabel().startsWith("target <measure>")).findFirst()
				.orElseThrow();
		assertTrue(target.getTextEdit().getLeft().getNewText().startsWith("target ${1|caseload,agency|} ${2|>=,<=,>,<,=|}"),
				target.getTextEdit().getLeft().getNewText());
	}

	private void hover() throws Exception {
		String person = hoverText(more, at(MORE, "lead ana", 5));
		assertTrue(person.contains("**Ana Patel** (`ana`) — person"), person);
		assertTrue(person.contains("Roles: Head of Service"), person);
		assertTrue(person.contains("1.1 Recruit permanent social workers — due 2025-03, amber"), person);

		String text = Files.readString(constructs);
		String action = hoverText(constructs, at(text, "depends on 1.1", "depends on ".length()));
		assertTrue(action.startsWith("**Action 1.1** Recruit permanent social workers"), action);
		assertTrue(action.contains("Due: 2025-03"), action);
		assertTrue(action.contains("RAG: amber"), action);
		assertTrue(action.contains("Status: in-progress"), action);

		String measure = hoverText(constructs, at(text, "position caseload", "position ".length()));
		assertTrue(measure.contains("Unit: ratio \"cases per FTE\"; lower is better"), measure);
		assertTrue(measure.contains("Baseline: 29 at 2024-07"), measure);
		assertTrue(measure.contains("Milestones: 25 by 2024-12, 20 by 2025-03"), measure);
		assertTrue(measure.contains("Latest position: 27 at 2024-09 — milestone 25 by 2024-12: not reached"), measure);
	}

	/** examples/constructs/dates.plan: inherited and approximate deadlines in hovers, the new date snippets. */
	private void dateHoversAndSnippets() throws Exception {
		Path dates = workspace.resolve("dates.plan");
		open(dates);
		String text = Files.readString(dates);
		String inherited = hoverText(dates, at(text, "action 2.1.1", "action ".length()));
		assertTrue(inherited.contains("Due: 2019-spring (inherited from objective 2.1)"), inherited);
		String about = hoverText(dates, at(text, "action 1.23", "action ".length()));
		assertTrue(about.contains("Due: about 2019-12 — approximately, judged at 2019-12-31"), about);
		String immediately = hoverText(dates, at(text, "action 1.21", "action ".length()));
		assertTrue(immediately.contains("Due: immediately (2019-05)"), immediately);

		List<String> snippets = complete(more, at(MORE, "depends on 1.1\n\n", "depends on 1.1\n\n".length())).stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(snippets.containsAll(List.of("due immediately", "due about <date>", "due <year>-<season>",
				"due <financial year>-<quarter>", "start immediately")), snippets.toString());
	}

	private void definitionAndReferences() throws Exception {
		String text = Files.readString(constructs);
		List<Location> toAna = definition(more, at(MORE, "lead ana", 5));
		assertEquals(1, toAna.size());
		assertEquals(uri(constructs), toAna.get(0).getUri());
		assertEquals(at(text, "person ana", 0).getLine(), toAna.get(0).getRange().getStart().getLine());

		List<Location> toSjs = definition(more, at(MORE, "ana, sjs", 5));
		assertEquals(uri(more), toSjs.get(0).getUri());
		assertEquals(2, toSjs.get(0).getRange().getStart().getLine());

		ReferenceParams params = new ReferenceParams(id(constructs), at(text, "person ana", 7), new ReferenceContext(false));
		List<? extends Location> references = get(lsp.getTextDocumentService().references(params));
		Map<String, Long> perFile = references.stream().collect(Collectors.groupingBy(Location::getUri, Collectors.counting()));
		assertEquals(Map.of(uri(constructs), 2L, uri(more), 2L, uri(other), 1L), perFile, references.toString());
	}

	private void rename() throws Exception {
		String text = Files.readString(constructs);
		RenameParams params = new RenameParams(id(constructs), at(text, "person ana", 7), "anya");
		WorkspaceEdit edit = get(lsp.getTextDocumentService().rename(params));
		Map<String, List<TextEdit>> changes = changes(edit);
		assertEquals(3, changes.get(uri(constructs)).size(), changes.toString());
		assertEquals(2, changes.get(uri(more)).size(), changes.toString());
		String renamed = apply(text, changes.get(uri(constructs)));
		assertTrue(renamed.contains("person anya \"Ana Patel\""), renamed);
		assertTrue(renamed.contains("sponsor anya"), renamed);
		assertTrue(renamed.contains("lead anya, hr"), renamed);
		String renamedMore = apply(MORE, changes.get(uri(more)));
		assertTrue(renamedMore.contains("lead anya, sjs"), renamedMore);
		assertTrue(renamedMore.contains("sponsor anya"), "within its plan the short name is enough: " + renamedMore);
		String renamedOther = apply(OTHER, changes.get(uri(other)));
		assertTrue(renamedOther.contains("sponsor demo::anya"), "from another plan the name stays qualified: " + renamedOther);
	}

	private void formatting() throws Exception {
		FormattingOptions options = new FormattingOptions(4, true);
		List<? extends TextEdit> whole = get(lsp.getTextDocumentService()
				.formatting(new DocumentFormattingParams(id(more), options)));
		assertNotNull(whole);
		assertEquals(MORE.replaceAll("\\s+", ""), apply(MORE, new ArrayList<>(whole)).replaceAll("\\s+", ""),
				"formatting changes only layout");
		Range action = new Range(at(MORE, "    action 2.1", 0), at(MORE, "    }\n}", 5));
		List<? extends TextEdit> part = get(lsp.getTextDocumentService()
				.rangeFormatting(new DocumentRangeFormattingParams(id(more), options, action)));
		assertNotNull(part);
		for (TextEdit e : part) {
			assertTrue(e.getRange().getStart().getLine() >= action.getStart().getLine() - 1
					&& e.getRange().getEnd().getLine() <= action.getEnd().getLine() + 1, e.toString());
		}
	}

	private void codeActions() throws Exception {
		String broken = MORE.replace("lead ana, sjs", "lead ana, nobody");
		change(more, 5, broken);
		Diagnostic linking = errors(client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT)).get(0);
		String declared = apply(broken, fix(more, linking, "Declare the missing person"));
		assertEquals(broken.replace("as hos\n\n", "as hos\n\nperson nobody \"nobody\"\n\n"), declared,
				"after the last party, laid out by the formatter (which keeps the blank line the author left)");
		String unknownAction = MORE.replace("depends on 1.1", "depends on 9.9");
		change(more, 6, unknownAction);
		Diagnostic notAPerson = errors(client.awaitDiagnostics(uri(more), d -> !errors(d).isEmpty(), WAIT)).get(0);
		assertEquals(List.of(), titles(more, notAPerson), "no person to declare for an unknown action");
		change(more, 7, MORE);
		client.awaitDiagnostics(uri(more), d -> errors(d).isEmpty(), WAIT);

		String text = Files.readString(constructs);
		String withoutDue = text.replace("        due tbc \"by HR\"\n", "");
		change(constructs, 2, withoutDue);
		Diagnostic missingDeadline = new Diagnostic(new Range(at(withoutDue, "action \"Publish", 0),
				at(withoutDue, "action \"Publish", 6)), "This action has no deadline.",
				DiagnosticSeverity.Warning, "plans");
		missingDeadline.setCode(Rule.ACTION_WITHOUT_DEADLINE.code());
		String withDue = apply(withoutDue, fix(constructs, missingDeadline, "Add a deadline"));
		assertTrue(withDue.contains("action \"Publish the plan\" {\n        lead ben\n        due 2025-12\n    }"), withDue);

		assertEquals(withDue, formattedByServer(constructs, 3, withDue), "the added line is laid out by the formatter");

		String noBlock = text.replace("    action \"Publish the plan\" {\n        lead ben\n        due tbc \"by HR\"\n    }",
				"    action \"Publish the plan\"");
		change(constructs, 4, noBlock);
		missingDeadline.setRange(new Range(at(noBlock, "action \"Publish", 0), at(noBlock, "action \"Publish", 6)));
		String blockAdded = apply(noBlock, fix(constructs, missingDeadline, "Add a deadline"));
		assertEquals(noBlock.replace("    action \"Publish the plan\"\n", "    action \"Publish the plan\" { due 2025-12 }\n"),
				blockAdded, "a block of one member, as plans format keeps it");
		assertEquals(blockAdded, formattedByServer(constructs, 5, blockAdded));
		change(constructs, 6, withoutDue);

		String outOfOrder = withoutDue.replace("    milestone 25 by 2024-12\n    milestone 20 by 2025-03",
				"    milestone 20 by 2025-03\n    milestone 25 by 2024-12");
		change(constructs, 7, outOfOrder);
		Diagnostic unordered = new Diagnostic(new Range(at(outOfOrder, "measure caseload", 0),
				at(outOfOrder, "measure caseload", 7)), "Milestones are not in date order.",
				DiagnosticSeverity.Warning, "plans");
		unordered.setCode(Rule.OUT_OF_ORDER.code());
		String ordered = apply(outOfOrder, fix(constructs, unordered, "Put the milestones in date order"));
		assertEquals(withoutDue, ordered);

		String twoDues = text.replace("        due tbc \"by HR\"\n", "        due tbc \"by HR\"\n        due 2025-06 // revised\n");
		change(constructs, 8, twoDues);
		Diagnostic repeated = new Diagnostic(new Range(at(twoDues, "due 2025-06", 0), at(twoDues, "due 2025-06", 11)),
				"This action has more than one due line.", DiagnosticSeverity.Warning, "plans");
		repeated.setCode(Rule.REPEATED_DATE_LINE.code());
		assertEquals(text.replace("        due tbc \"by HR\"\n", "        due tbc \"by HR\" // revised\n"),
				apply(twoDues, fix(constructs, repeated, "Remove this line")), "the line goes, its comment stays");
		assertEquals(text.replace("        due tbc \"by HR\"\n", "        due 2025-06 // revised\n"),
				apply(twoDues, fix(constructs, repeated, "Keep this line, remove the first")));
		change(constructs, 9, text);
	}

	private void semanticTokens(SemanticTokensLegend legend) throws Exception {
		String text = Files.readString(constructs);
		SemanticTokens tokens = get(lsp.getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(id(constructs))));
		List<String> decoded = decode(tokens.getData(), legend, text);
		assertTrue(decoded.contains("// Every construct of the language in one small plan.=comment"), decoded.toString());
		assertTrue(decoded.contains("plan=keyword"), decoded.toString());
		assertTrue(decoded.contains("demo=namespace+declaration"), decoded.toString());
		assertTrue(decoded.contains("ana=variable+declaration"), decoded.toString());
		assertTrue(decoded.contains("\"Ana Patel\"=string"), decoded.toString());
		assertTrue(decoded.contains("hos=parameter"), decoded.toString());
		assertTrue(decoded.contains("hr=parameter"), "a team named as a lead: " + decoded);
		assertTrue(decoded.contains("green=enumMember"), decoded.toString());
		assertTrue(decoded.contains("in-progress=enumMember"), decoded.toString());
		assertTrue(decoded.contains("2024-08=number"), decoded.toString());
		assertTrue(decoded.contains("caseload=property"), decoded.toString());
		assertTrue(decoded.contains("1.1=function+declaration"), decoded.toString());
		assertTrue(decoded.contains("<==operator"), decoded.toString());
		assertTrue(decoded.contains("- in March=string"), "multi-line text is one token per line: " + decoded);

		List<String> inMore = decode(get(lsp.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(id(more))))
				.getData(), legend, MORE);
		assertTrue(inMore.contains("demo::=namespace"), inMore.toString());
		assertTrue(inMore.contains("sjs=variable+declaration"), inMore.toString());
	}

	private void outlineSymbolsAndFolding() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = get(lsp.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(id(constructs))));
		assertEquals(1, symbols.size());
		DocumentSymbol plan = symbols.get(0).getRight();
		assertEquals("demo — Demo Council Improvement Plan", plan.getName());
		DocumentSymbol priority = child(plan, "1 Workforce");
		DocumentSymbol objective = child(priority, "Reduce caseloads");
		DocumentSymbol action = child(objective, "1.1 Recruit permanent social workers");
		assertEquals("due 2025-03 · amber", action.getDetail());
		child(priority, "Publish the plan");
		child(plan, "ana — Ana Patel");

		Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> found = get(
				lsp.getWorkspaceService().symbol(new WorkspaceSymbolParams("sjs")));
		List<String> names = found.isLeft() ? found.getLeft().stream().map(SymbolInformation::getName).toList()
				: found.getRight().stream().map(WorkspaceSymbol::getName).toList();
		assertTrue(names.stream().anyMatch(n -> n.contains("sjs")), names.toString());
		List<? extends WorkspaceSymbol> byTitle = get(lsp.getWorkspaceService().symbol(new WorkspaceSymbolParams("RECRUIT PERM")))
				.getRight();
		assertEquals(List.of("1.1 Recruit permanent social workers"), byTitle.stream().map(WorkspaceSymbol::getName).toList(),
				"found by words of the title, named as in the outline");
		assertEquals("demo", byTitle.get(0).getContainerName());
		assertEquals(SymbolKind.Event, byTitle.get(0).getKind());

		String text = Files.readString(constructs);
		List<FoldingRange> folds = get(lsp.getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(id(constructs))));
		int priorityLine = at(text, "priority 1", 0).getLine();
		assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == priorityLine), folds.toString());
	}

	// ------------------------------------------------------------------ helpers

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

	private void open(Path file) throws IOException {
		lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(file), "plans", 1, Files.readString(file))));
	}

	private void change(Path file, int version, String text) {
		lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
	}

	private List<CompletionItem> complete(Path file, Position position) throws Exception {
		Either<List<CompletionItem>, CompletionList> result = get(
				lsp.getTextDocumentService().completion(new CompletionParams(id(file), position)));
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}

	private String hoverText(Path file, Position position) throws Exception {
		Hover hover = get(lsp.getTextDocumentService().hover(new HoverParams(id(file), position)));
		assertNotNull(hover, "hover at " + position);
		return hover.getContents().getRight().getValue();
	}

	private List<Location> definition(Path file, Position position) throws Exception {
		Either<List<? extends Location>, List<? extends LocationLink>> result = get(lsp.getTextDocumentService()
				.definition(new org.eclipse.lsp4j.DefinitionParams(id(file), position)));
		return new ArrayList<>(result.getLeft());
	}

	private List<CodeAction> codeActions(Path file, Diagnostic diagnostic) throws Exception {
		CodeActionParams params = new CodeActionParams(id(file), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = get(lsp.getTextDocumentService().codeAction(params));
		return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
	}

	private List<String> titles(Path file, Diagnostic diagnostic) throws Exception {
		return codeActions(file, diagnostic).stream().map(CodeAction::getTitle).toList();
	}

	/** {@code text} as the language server formats it. */
	private String formattedByServer(Path file, int version, String text) throws Exception {
		change(file, version, text);
		List<? extends TextEdit> edits = get(lsp.getTextDocumentService()
				.formatting(new DocumentFormattingParams(id(file), new FormattingOptions(4, true))));
		return apply(text, new ArrayList<>(edits));
	}

	private List<TextEdit> fix(Path file, Diagnostic diagnostic, String title) throws Exception {
		List<CodeAction> actions = codeActions(file, diagnostic);
		CodeAction action = actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no code action '" + title + "' in " + actions));
		return changes(action.getEdit()).get(uri(file));
	}

	private static Map<String, List<TextEdit>> changes(WorkspaceEdit edit) {
		if (edit.getChanges() != null && !edit.getChanges().isEmpty()) {
			return edit.getChanges();
		}
		return edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
				.collect(Collectors.toMap(d -> d.getTextDocument().getUri(),
						d -> d.getEdits().stream().map(Either::getLeft).toList()));
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + name + "' under '" + parent.getName() + "' in "
						+ parent.getChildren().stream().map(DocumentSymbol::getName).toList()));
	}

	private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
	}

	/** "text=type+modifier" for each token, read back from the LSP encoding. */
	private static List<String> decode(List<Integer> data, SemanticTokensLegend legend, String text) {
		String[] lines = text.split("\n", -1);
		List<String> result = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			String token = lines[line].substring(column, column + data.get(i + 2));
			StringBuilder kind = new StringBuilder(legend.getTokenTypes().get(data.get(i + 3)));
			int modifiers = data.get(i + 4);
			for (int m = 0; m < legend.getTokenModifiers().size(); m++) {
				if ((modifiers & (1 << m)) != 0) {
					kind.append('+').append(legend.getTokenModifiers().get(m));
				}
			}
			result.add(token + "=" + kind);
		}
		return result;
	}

	/** The text after applying non-overlapping edits. */
	private static String apply(String text, List<TextEdit> edits) {
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

	/** The position {@code delta} characters into the first occurrence of {@code marker}. */
	private static Position at(String text, String marker, int delta) {
		int index = text.indexOf(marker);
		assertTrue(index >= 0, "marker not found: " + marker);
		int offset = index + delta;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}

	private static String uri(Path file) {
		return file.toUri().toString();
	}

	private static TextDocumentIdentifier id(Path file) {
		return new TextDocumentIdentifier(uri(file));
	}

	private static <T> T get(CompletableFuture<T> future) throws Exception {
		return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}
}

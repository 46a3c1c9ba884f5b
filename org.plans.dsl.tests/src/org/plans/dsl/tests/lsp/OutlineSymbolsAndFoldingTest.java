package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.get;
import static org.plans.dsl.tests.lsp.LspText.at;
import static org.plans.dsl.tests.lsp.LspText.id;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outline, the workspace symbols and the folding ranges of the real server. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class OutlineSymbolsAndFoldingTest {

	private final LanguageServerSession session;
	private final LanguageServer lsp;

	OutlineSymbolsAndFoldingTest(LanguageServerSession session) {
		this.session = session;
		this.lsp = session.server();
	}

	@Test
	void outline() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = get(lsp.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(id(session.constructs))));
		assertEquals(1, symbols.size());
		DocumentSymbol plan = symbols.get(0).getRight();
		assertEquals("demo — Demo Council Improvement Plan", plan.getName());
		DocumentSymbol priority = child(plan, "1 Workforce");
		DocumentSymbol objective = child(priority, "Reduce caseloads");
		DocumentSymbol action = child(objective, "1.1 Recruit permanent social workers");
		assertEquals("due 2025-03 · amber", action.getDetail());
		child(priority, "Publish the plan");
		child(plan, "ana — Ana Patel");
	}

	@Test
	void workspaceSymbols() throws Exception {
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
	}

	@Test
	void folding() throws Exception {
		String text = session.constructsText();
		List<FoldingRange> folds = get(lsp.getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(id(session.constructs))));
		int priorityLine = at(text, "priority 1", 0).getLine();
		assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == priorityLine), folds.toString());
	}

	private static DocumentSymbol child(DocumentSymbol parent, String name) {
		return parent.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + name + "' under '" + parent.getName() + "' in "
						+ parent.getChildren().stream().map(DocumentSymbol::getName).toList()));
	}
}

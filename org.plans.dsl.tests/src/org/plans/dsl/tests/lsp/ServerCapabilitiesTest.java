package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the real server offers in its answer to {@code initialize}. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServerCapabilitiesTest {

	private final LanguageServerSession session;

	ServerCapabilitiesTest(LanguageServerSession session) {
		this.session = session;
	}

	@Test
	void everyFeatureIsOffered() {
		ServerCapabilities offered = session.initializeResult().getCapabilities();
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
	}
}

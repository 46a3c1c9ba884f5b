package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LanguageServerSession.OTHER;
import static org.plans.dsl.tests.lsp.LanguageServerSession.get;
import static org.plans.dsl.tests.lsp.LspText.apply;
import static org.plans.dsl.tests.lsp.LspText.at;
import static org.plans.dsl.tests.lsp.LspText.changes;
import static org.plans.dsl.tests.lsp.LspText.id;
import static org.plans.dsl.tests.lsp.LspText.uri;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Renaming a person through the real server: every reference, short within its plan, qualified from another. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RenameTest {

	private final LanguageServerSession session;
	private final Path constructs;

	RenameTest(LanguageServerSession session) {
		this.session = session;
		this.constructs = session.constructs;
	}

	@Test
	void rename() throws Exception {
		String text = session.constructsText();
		RenameParams params = new RenameParams(id(constructs), at(text, "person ana", 7), "anya");
		WorkspaceEdit edit = get(session.server().getTextDocumentService().rename(params));
		Map<String, List<TextEdit>> changes = changes(edit);
		assertEquals(3, changes.get(uri(constructs)).size(), changes.toString());
		assertEquals(2, changes.get(uri(session.more)).size(), changes.toString());
		String renamed = apply(text, changes.get(uri(constructs)));
		assertTrue(renamed.contains("person anya \"Ana Patel\""), renamed);
		assertTrue(renamed.contains("sponsor anya"), renamed);
		assertTrue(renamed.contains("lead anya, hr"), renamed);
		String renamedMore = apply(MORE, changes.get(uri(session.more)));
		assertTrue(renamedMore.contains("lead anya, sjs"), renamedMore);
		assertTrue(renamedMore.contains("sponsor anya"), "within its plan the short name is enough: " + renamedMore);
		String renamedOther = apply(OTHER, changes.get(uri(session.other)));
		assertTrue(renamedOther.contains("sponsor demo::anya"), "from another plan the name stays qualified: " + renamedOther);
	}
}

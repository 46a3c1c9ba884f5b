package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LanguageServerSession.get;
import static org.plans.dsl.tests.lsp.LspText.at;
import static org.plans.dsl.tests.lsp.LspText.id;
import static org.plans.dsl.tests.lsp.LspText.uri;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Go to definition and find references through the real server, within a file and across files and plans. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DefinitionAndReferencesTest {

	private final LanguageServerSession session;
	private final Path constructs;
	private final Path more;

	DefinitionAndReferencesTest(LanguageServerSession session) {
		this.session = session;
		this.constructs = session.constructs;
		this.more = session.more;
	}

	@Test
	void definitionInAnotherFileAndInTheSame() throws Exception {
		String text = session.constructsText();
		List<Location> toAna = session.definition(more, at(MORE, "lead ana", 5));
		assertEquals(1, toAna.size());
		assertEquals(uri(constructs), toAna.get(0).getUri());
		assertEquals(at(text, "person ana", 0).getLine(), toAna.get(0).getRange().getStart().getLine());

		List<Location> toSjs = session.definition(more, at(MORE, "ana, sjs", 5));
		assertEquals(uri(more), toSjs.get(0).getUri());
		assertEquals(2, toSjs.get(0).getRange().getStart().getLine());
	}

	@Test
	void referencesInEveryFileAndPlan() throws Exception {
		String text = session.constructsText();
		ReferenceParams params = new ReferenceParams(id(constructs), at(text, "person ana", 7), new ReferenceContext(false));
		List<? extends Location> references = get(session.server().getTextDocumentService().references(params));
		Map<String, Long> perFile = references.stream().collect(Collectors.groupingBy(Location::getUri, Collectors.counting()));
		assertEquals(Map.of(uri(constructs), 2L, uri(more), 2L, uri(session.other), 1L), perFile, references.toString());
	}
}

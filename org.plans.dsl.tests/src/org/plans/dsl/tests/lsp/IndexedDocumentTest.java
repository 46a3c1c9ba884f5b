package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;
import org.plans.dsl.ide.contentassist.PlansContentAssistService.IndexedDocument;

/** Offsets and positions found through the line index are Xtext's, at every place and past the end. */
class IndexedDocumentTest {

	@Test
	void sameAsXtextEverywhere() {
		for (String text : List.of("", "\n", "plan demo", "plan demo\n", "a\n\nbc\r\nd\n\n", "\n\nx")) {
			Document xtext = new Document(1, text);
			IndexedDocument indexed = new IndexedDocument(xtext);
			for (int offset = -1; offset <= text.length() + 1; offset++) {
				int at = offset;
				assertEquals(outcome(() -> xtext.getPosition(at)), outcome(() -> indexed.getPosition(at)),
						"position of " + offset + " in " + text.replace("\n", "\\n"));
			}
			for (int line = -1; line <= 6; line++) {
				for (int character = -1; character <= 5; character++) {
					Position position = new Position(line, character);
					assertEquals(outcome(() -> xtext.getOffSet(position)), outcome(() -> indexed.getOffSet(position)),
							"offset of " + position + " in " + text.replace("\n", "\\n"));
				}
			}
		}
	}

	/** The value, or the kind of exception. */
	private static String outcome(Supplier<Object> computation) {
		try {
			return String.valueOf(computation.get());
		} catch (RuntimeException e) {
			return e.getClass().getSimpleName();
		}
	}
}

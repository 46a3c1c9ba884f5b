package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LanguageServerSession.get;
import static org.plans.dsl.tests.lsp.LspText.apply;
import static org.plans.dsl.tests.lsp.LspText.at;
import static org.plans.dsl.tests.lsp.LspText.id;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Formatting a whole file and a range through the real server: only layout changes, only in the range. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FormattingTest {

	private final LanguageServerSession session;
	private final Path more;

	FormattingTest(LanguageServerSession session) {
		this.session = session;
		this.more = session.more;
	}

	@Test
	void formatting() throws Exception {
		FormattingOptions options = new FormattingOptions(4, true);
		List<? extends TextEdit> whole = get(session.server().getTextDocumentService()
				.formatting(new DocumentFormattingParams(id(more), options)));
		assertNotNull(whole);
		assertEquals(MORE.replaceAll("\\s+", ""), apply(MORE, new ArrayList<>(whole)).replaceAll("\\s+", ""),
				"formatting changes only layout");
		Range action = new Range(at(MORE, "    action 2.1", 0), at(MORE, "    }\n}", 5));
		List<? extends TextEdit> part = get(session.server().getTextDocumentService()
				.rangeFormatting(new DocumentRangeFormattingParams(id(more), options, action)));
		assertNotNull(part);
		for (TextEdit e : part) {
			assertTrue(e.getRange().getStart().getLine() >= action.getStart().getLine() - 1
					&& e.getRange().getEnd().getLine() <= action.getEnd().getLine() + 1, e.toString());
		}
	}
}

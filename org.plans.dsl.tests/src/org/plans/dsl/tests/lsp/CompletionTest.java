package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LspText.at;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Completion from the real server: people and roles after a lead, actions after depends on, snippets. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CompletionTest {

	private final LanguageServerSession session;
	private final Path more;

	CompletionTest(LanguageServerSession session) {
		this.session = session;
		this.more = session.more;
	}

	@Test
	void completion() throws Exception {
		List<CompletionItem> afterLead = session.complete(more, at(MORE, "lead ana, ", "lead ana, ".length()));
		List<String> labels = afterLead.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("sjs — Sarah-Jane Smedmor"), labels.toString());
		assertTrue(labels.contains("ana — Ana Patel"), labels.toString());
		assertTrue(labels.contains("hos — Head of Service"), labels.toString());
		CompletionItem sjs = afterLead.stream().filter(i -> i.getLabel().startsWith("sjs ")).findFirst().orElseThrow();
		assertEquals("sjs", sjs.getTextEdit().getLeft().getNewText());

		List<String> actions = session.complete(more, at(MORE, "depends on ", "depends on ".length())).stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(actions.contains("1.1 Recruit permanent social workers"), actions.toString());
		assertTrue(actions.contains("2.1 Audit case files"), actions.toString());
		assertFalse(actions.contains("ana — Ana Patel"), "only actions after 'depends on': " + actions);

		List<CompletionItem> inAction = session.complete(more,
				at(MORE, "depends on 1.1\n\n", "depends on 1.1\n\n".length()));
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
}

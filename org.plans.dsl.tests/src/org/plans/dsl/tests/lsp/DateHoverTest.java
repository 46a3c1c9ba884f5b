package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LspText.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** examples/constructs/dates.plan in the real server: inherited and approximate deadlines in hovers, the date snippets. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DateHoverTest {

	private final LanguageServerSession session;

	DateHoverTest(LanguageServerSession session) {
		this.session = session;
	}

	@Test
	void hoversSayWhereADeadlineComesFromAndHowExactItIs() throws Exception {
		Path dates = session.opened("dates.plan");
		String text = Files.readString(dates);
		String inherited = session.hoverText(dates, at(text, "action 2.1.1", "action ".length()));
		assertTrue(inherited.contains("Due: 2019-spring (inherited from objective 2.1)"), inherited);
		String about = session.hoverText(dates, at(text, "action 1.23", "action ".length()));
		assertTrue(about.contains("Due: about 2019-12 — approximately, judged at 2019-12-31"), about);
		String immediately = session.hoverText(dates, at(text, "action 1.21", "action ".length()));
		assertTrue(immediately.contains("Due: immediately (2019-05)"), immediately);
	}

	@Test
	void completionOffersTheDateForms() throws Exception {
		List<String> snippets = session.complete(session.more, at(MORE, "depends on 1.1\n\n", "depends on 1.1\n\n".length()))
				.stream().map(CompletionItem::getLabel).toList();
		assertTrue(snippets.containsAll(List.of("due immediately", "due about <date>", "due <year>-<season>",
				"due <financial year>-<quarter>", "start immediately")), snippets.toString());
	}
}

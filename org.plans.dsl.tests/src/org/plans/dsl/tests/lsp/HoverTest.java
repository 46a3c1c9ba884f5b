package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LanguageServerSession.MORE;
import static org.plans.dsl.tests.lsp.LspText.at;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hovers from the real server on a person, an action and a measure, across files. */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HoverTest {

	private final LanguageServerSession session;
	private final Path constructs;

	HoverTest(LanguageServerSession session) {
		this.session = session;
		this.constructs = session.constructs;
	}

	@Test
	void hover() throws Exception {
		String person = session.hoverText(session.more, at(MORE, "lead ana", 5));
		assertTrue(person.contains("**Ana Patel** (`ana`) — person"), person);
		assertTrue(person.contains("Roles: Head of Service"), person);
		assertTrue(person.contains("1.1 Recruit permanent social workers — due 2025-03, amber"), person);

		String text = session.constructsText();
		String action = session.hoverText(constructs, at(text, "depends on 1.1", "depends on ".length()));
		assertTrue(action.startsWith("**Action 1.1** Recruit permanent social workers"), action);
		assertTrue(action.contains("Due: 2025-03"), action);
		assertTrue(action.contains("RAG: amber"), action);
		assertTrue(action.contains("Status: in-progress"), action);

		String measure = session.hoverText(constructs, at(text, "position caseload", "position ".length()));
		assertTrue(measure.contains("Unit: ratio \"cases per FTE\"; lower is better"), measure);
		assertTrue(measure.contains("Baseline: 29 at 2024-07"), measure);
		assertTrue(measure.contains("Milestones: 25 by 2024-12, 20 by 2025-03"), measure);
		assertTrue(measure.contains("Latest position: 27 at 2024-09 — milestone 25 by 2024-12: not reached yet, not due"), measure);
	}
}

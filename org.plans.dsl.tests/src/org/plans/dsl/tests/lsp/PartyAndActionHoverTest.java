package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plans.dsl.tests.lsp.LspText.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hovers from the real server on the second edition's people, boards and actions (examples/constructs/partners.plan, actions.plan). */
@ExtendWith(LanguageServerSessionExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PartyAndActionHoverTest {

	private final LanguageServerSession session;

	PartyAndActionHoverTest(LanguageServerSession session) {
		this.session = session;
	}

	@Test
	void peopleRolesTeamsAndBoardsSayWhoTheyAreAndWhatTheyDo() throws Exception {
		Path partners = session.opened("partners.plan");
		String text = Files.readString(partners);
		String interim = session.hoverText(partners, at(text, "chair ab", "chair ".length()));
		assertTrue(interim.contains("Roles: Head of Service — interim until 2025-06-01"), interim);
		String member = session.hoverText(partners, at(text, "person jf", "person ".length()));
		assertTrue(member.contains("Of: Clinical Commissioning Group"), member);
		String vacant = session.hoverText(partners, at(text, "tm, km, psw", "tm, km, ".length()));
		assertTrue(vacant.contains("Vacant post"), vacant);
		assertTrue(vacant.contains("Supports 1 action"), vacant);
		String team = session.hoverText(partners, at(text, "lead dmt", "lead ".length()));
		assertTrue(team.contains("Members: Kim Moss, Alex Brown"), team);
		String board = session.hoverText(partners, at(text, "lead smt", "lead ".length()));
		assertTrue(board.contains("— board"), board);
		assertTrue(board.contains("Chair: Alex Brown"), board);
		assertTrue(board.contains("Leads 1 action:"), board);
		String police = session.hoverText(partners, at(text, "involves police", "involves ".length()));
		assertTrue(police.contains("Takes part in 2 actions"), police);
	}

	@Test
	void actionsShowSupportersInvolvementAndCosts() throws Exception {
		Path actions = session.opened("actions.plan");
		String text = Files.readString(actions);
		String train = session.hoverText(actions, at(text, "depends on publish", "depends on ".length()));
		assertTrue(train.contains("Cost: £48,000 per year from 2015/16"), train);
		Path partners = session.opened("partners.plan");
		String partnerText = Files.readString(partners);
		String audit = session.hoverText(partners, at(partnerText, "action 1.1 \"Audit", "action ".length()));
		assertTrue(audit.contains("Supported by: Team Manager, Kim Moss, Principal Social Worker"), audit);
		assertTrue(audit.contains("Involves: Police"), audit);
		String none = session.hoverText(partners, at(partnerText, "action 2.1 \"Review", "action ".length()));
		assertTrue(none.contains("Lead: none stated"), none);
		String audits = session.hoverText(actions, at(text, "action 1.1.1", "action ".length()));
		assertTrue(audits.contains("Deliverables:\n- Audit tool live — due 2024-03, complete\n- First audit report — due 2024-09\n"),
				audits);
	}

	@Test
	void recommendationsSayTheirCategoryWhatTheyComeUnderAndWhetherTheyAreAddressed() throws Exception {
		Path partners = session.opened("partners.plan");
		String text = Files.readString(partners);
		String nested = session.hoverText(partners, at(text, "recommendation r1.2", "recommendation ".length()));
		assertTrue(nested.startsWith("**Supervision is regular and reflective** (`r1.2`) — recommendation, area for improvement"),
				nested);
		assertTrue(nested.contains("Under: r1 Improve the quality of assessments"), nested);
		assertTrue(nested.endsWith("Addressed by the plan"), nested);
		String strength = session.hoverText(partners, at(text, "finding f1", "finding ".length()));
		assertTrue(strength.contains("— finding, strength"), strength);
		assertTrue(strength.contains("From Ofsted, dated 2024-03"), strength);
		assertTrue(strength.endsWith("Not addressed: no `addresses` line names it"), strength);
	}
}

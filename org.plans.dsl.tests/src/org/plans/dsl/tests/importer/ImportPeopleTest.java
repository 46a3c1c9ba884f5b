package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plans.dsl.importer.Importer;

/**
 * People in lead cells, as councils write them: a person with the role written beside the name
 * is declared once, {@code as} that role, and leads alone; abbreviations are the posts they name.
 */
public class ImportPeopleTest extends ImportCase {

	@Test
	void personsWithRolesFromEveryWording() throws IOException {
		Importer.Result result = imports.text("people.tsv", String.join("\n",
				"No.\tAction\tResponsible Officer\tTimescale",
				"1\tRefresh the supervision policy\tPriya Shah, Principal Social Worker\tMarch 2024",
				"2\tAudit care plans monthly\tTom Reed (HoS)\tJune 2024",
				"3\tRecruit two IROs\tHoS: Tom Reed\tSeptember 2024",
				"4\tReview the front door\tAnn Lee and Raj Patel, Service Managers\tDecember 2024",
				"5\tTrain team managers\tPriya Shah / Ann Lee (ATM)\tJanuary 2025",
				"6\tPublish the sufficiency strategy\tDCS & HR\tMarch 2025",
				"7\tRun practice weeks\tTom Reed, SM and Priya Shah, PSW\tApril 2025") + "\n");
		Imports.assertMatchesGolden("import/people/council-leads.tsv.plan", result.text());
		assertEquals(List.of(), imports.errors(result));
		assertEquals(7, result.summary().actions(), result.summary().toString());
	}

	@Test
	void organisationsPluralPostsAndNewLeadsAfterARole() throws IOException {
		Importer.Result result = imports.text("partners.tsv", String.join("\n",
				"Ref\tAction\tLead\tDeadline",
				"1\tAgree a joint commissioning plan\tMark Ellis, Head of Commissioning & Joanne Price (ICB)\tMay 2024",
				"2\tShare health histories at strategy meetings\tOla Brown, CCG\tJune 2024",
				"3\tRefresh practice standards\tHeads of Service\tJuly 2024",
				"4\tAudit practice standards\tHead of Service\tAugust 2024",
				"5\tReview placement sufficiency\tService Director of Corporate Parenting, Fostering & Adoption\tSeptember 2024")
				+ "\n");
		imports.assertValidAndStable("partners.tsv", result);
		Imports.assertMatchesGolden("import/people/partners.tsv.plan", result.text());
		String text = result.text();
		assertTrue(text.contains("person me \"Mark Ellis\" as head-of-commissioning\n"), text);
		assertTrue(text.contains("person jp \"Joanne Price\" of icb\n"), text);
		assertTrue(text.contains("person ob \"Ola Brown\" of ccg\n"), text);
		// one post, however it is written
		assertEquals(1, text.lines().filter(l -> l.matches("role \\S+ \"Heads? of Service\"")).count(), text);
		assertTrue(text.contains("role service-director-corporate \"Service Director of Corporate Parenting, Fostering & Adoption\""),
				text);
	}

	@Test
	void oneLeadWrittenTwoWaysIsOneButTwoPeopleStayTwo() throws IOException {
		Importer.Result result = imports.text("owners.tsv", String.join("\n",
				"Theme\tStrategic sponsor\tOperational lead",
				"Theme 1\tDR AMY FOXLEY.\tK. Mensah",
				"Theme 2\tamy foxley\tHoEH",
				"Theme 3\tJ. Rao\tHead of Early Help;",
				"",
				"Theme 1: Front door",
				"Ref\tAction\tLead\tDeadline",
				"1.1\tOpen a single front door\tKofi Mensah (TM)\tJuly 2024",
				"1.2\tAgree consent rules\tDr Amy Foxley, Director of Children's Services\tAugust 2024",
				"Theme 2: Early help",
				"Ref\tAction\tLead\tDeadline",
				"2.1\tOpen family hubs\tHead of Early Help\tMarch 2025",
				"Theme 3: Partnerships",
				"Ref\tAction\tLead\tDeadline",
				"3.1\tAgree a schools protocol\tJai Rao\tApril 2025",
				"3.2\tAgree a health protocol\tJaya Rao\tMay 2025",
				"3.3\tAgree a police protocol\tJo Mensah\tJune 2025") + "\n");
		imports.assertValidAndStable("owners.tsv", result);
		String text = result.text();
		List<String> parties = text.lines().filter(l -> l.matches("(person|role|team|partner) .*")).toList();
		// case, titles, initials, trailing punctuation and "HoEH" name the leads of the action rows
		assertEquals(1, parties.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("amy fox")).count(), text);
		assertTrue(parties.contains("person daf \"Dr Amy Foxley\" as dcs"), text);
		assertEquals(1, parties.stream().filter(l -> l.contains("Mensah\" as")).count(), text);
		assertTrue(parties.contains("person km \"Kofi Mensah\" as tm"), text);
		assertEquals(1, parties.stream().filter(l -> l.contains("Early Help")).count(), text);
		assertTrue(text.matches("(?s).*priority 1 \"Front door\" \\{\\s+sponsor daf\\s+lead km\\s.*"), text);
		assertTrue(text.matches("(?s).*priority 2 \"Early help\" \\{\\s+sponsor daf\\s+lead head-of-early-help\\s.*"), text);
		// "J. Rao" could be Jai or Jaya Rao, and Jo Mensah is not Kofi: never merged
		assertTrue(parties.contains("person jr \"J. Rao\""), text);
		assertTrue(parties.stream().anyMatch(l -> l.endsWith("\"Jai Rao\"")), text);
		assertTrue(parties.stream().anyMatch(l -> l.endsWith("\"Jaya Rao\"")), text);
		assertTrue(parties.stream().anyMatch(l -> l.endsWith("\"Jo Mensah\"")), text);
	}

	@Test
	void textThatNamesNobodyIsNoParty() throws IOException {
		Importer.Result result = imports.text("spill.tsv", String.join("\n",
				"Ref\tAction\tLead\tDeadline",
				"1\tReduce drift in care proceedings\tLia Moss / 100% of cases by March 2025\tMarch 2025",
				"2\tPublish the audit programme\tScrutiny of monthly data by\tApril 2025",
				"3\tHold a staff survey\tAll staff encouraged to take part in the survey.\tMay 2025",
				"4\tReview panel minutes\t--\tJune 2025") + "\n");
		imports.assertValidAndStable("spill.tsv", result);
		String text = result.text();
		assertEquals(List.of("person lm \"Lia Moss\""),
				text.lines().filter(l -> l.matches("(person|role|team|partner) .*")).toList(), text);
		assertTrue(text.contains("lead lm \"Lia Moss / 100% of cases by March 2025\""), text);
		assertTrue(text.contains("note \"Lead: Scrutiny of monthly data by\""), text);
		assertTrue(text.contains("note \"Lead: All staff encouraged to take part in the survey.\""), text);
	}

	@Test
	void lowerCaseNamesWithShortSurnamesStayTwoWordsInEveryFormat() throws IOException {
		String[][] sources = {
				{ "leads.tsv", "Ref\tAction\tLead\tDeadline\n1\tAudit strategy meetings\tamy fox\tMay 2024\n"
						+ "2\tRefresh the threshold guide\tDr Amy Fox\tJune 2024\n3\tTrain duty workers\tben ng / tia ray\tJuly 2024\n" },
				{ "leads.csv", "Ref,Action,Lead,Deadline\n1,Audit strategy meetings,amy fox,May 2024\n"
						+ "2,Refresh the threshold guide,Dr Amy Fox,June 2024\n3,Train duty workers,ben ng / tia ray,July 2024\n" },
				{ "leads.md", "| Ref | Action | Lead | Deadline |\n| --- | --- | --- | --- |\n| 1 | Audit strategy meetings | amy fox | May 2024 |\n"
						+ "| 2 | Refresh the threshold guide | Dr Amy Fox | June 2024 |\n| 3 | Train duty workers | ben ng / tia ray | July 2024 |\n" } };
		for (String[] source : sources) {
			Importer.Result result = imports.text(source[0], source[1]);
			String text = result.text();
			// a name in a cell is never glued: only a word a PDF cut in two is joined again
			assertTrue(!text.toLowerCase(Locale.ROOT).matches("(?s).*\\b(amyfox|benng|tiaray)\\b.*"), source[0] + "\n" + text);
			assertTrue(text.contains("\"Dr Amy Fox\""), source[0] + "\n" + text);
			assertTrue(text.toLowerCase(Locale.ROOT).contains("\"ben ng\""), source[0] + "\n" + text);
			assertTrue(text.toLowerCase(Locale.ROOT).contains("\"tia ray\""), source[0] + "\n" + text);
			assertEquals(List.of(), imports.errors(result), source[0]);
		}
	}
}

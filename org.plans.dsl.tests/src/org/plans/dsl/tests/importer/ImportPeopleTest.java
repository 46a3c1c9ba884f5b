package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

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
}

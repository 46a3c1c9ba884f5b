package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.plans.PlanTextKind;

/**
 * Headings wherever a council puts them: recommendations ("Recommendation 1:", "R2 –") become
 * declarations the block under them addresses; themes and commitments in paragraphs or in a
 * one-cell row inside a table start blocks, and the table's columns go on under them.
 */
public class ImportStructureTest extends ImportCase {

	@Test
	void aWorkbookOfSheetsTakesItsTitleFromItsPropertiesNotItsSheets() throws IOException {
		Path file = dir.resolve("riverside.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.getProperties().getCoreProperties().setTitle("Riverside Council Improvement Plan");
			for (String name : List.of("Front door", "Permanence")) {
				XSSFSheet sheet = workbook.createSheet(name);
				CorpusFixtures.rows(sheet, List.of(List.of("Ref", "Action", "Lead", "Deadline"),
						List.of(name.charAt(0) + "1", "Review " + name.toLowerCase(Locale.ROOT), "Ana Lima", "May 2025")));
			}
			workbook.write(out);
		}
		Importer.Result result = imports.file(file);
		imports.assertValidAndStable("riverside.xlsx", result);
		String text = result.text();
		assertTrue(text.contains("plan riverside \"Riverside Council Improvement Plan\""), text);
		// each sheet without a heading of its own is a block named after it
		assertTrue(text.contains("priority 1 \"Front door\" {"), text);
		assertTrue(text.contains("priority 2 \"Permanence\" {"), text);
	}

	@Test
	void aTitlePageOfAnotherCouncilGivesTitleOrganisationVersionAndDate() throws IOException {
		// a council's own Word layout, not the Word target's: title, council, "Version 3", a date line
		Importer.Result result = titlePage("carrow.docx", "Children's Services Improvement Plan", "London Borough of Carrow",
				"Version 3", "March 2025");
		PlanFacts plan = imports.facts(result);
		assertEquals("Children's Services Improvement Plan", plan.title(), result.text());
		assertEquals(Optional.of("London Borough of Carrow"), plan.text(PlanTextKind.ORGANISATION), result.text());
		assertEquals(Optional.of("Version 3"), plan.text(PlanTextKind.VERSION), result.text());
		assertEquals(Optional.of("2025-03"), plan.issued().map(DateSpan::text), result.text());
		assertEquals(List.of("1.1"), plan.actions().stream().map(a -> a.ref()).toList(), result.text());
	}

	@Test
	void aCouncilNamePrintedAboveTheTitleIsTheOrganisation() throws IOException {
		// the council's name first, then the plan's title: two lines, not one title joined with a dash
		Importer.Result result = titlePage("dunmore.docx", "Dunmore Metropolitan Borough Council",
				"Children's Services Improvement Plan 2025-26", "This plan answers the inspection of March 2025.");
		PlanFacts plan = imports.facts(result);
		assertEquals("Children's Services Improvement Plan 2025-26", plan.title(), result.text());
		assertEquals(Optional.of("Dunmore Metropolitan Borough Council"), plan.text(PlanTextKind.ORGANISATION),
				result.text());
		assertEquals(Optional.of("This plan answers the inspection of March 2025."),
				plan.text(PlanTextKind.INTRODUCTION), result.text());
	}

	/** A Word plan of the title page's lines, then a priority of one action; imported, valid and settled. */
	private Importer.Result titlePage(String name, String... lines) throws IOException {
		Path file = dir.resolve(name);
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : lines) {
				CorpusFixtures.paragraph(document, line);
			}
			CorpusFixtures.paragraph(document, "Priority 1: Early help");
			CorpusFixtures.table(document, List.of(List.of("Ref", "Action", "Lead", "Deadline"),
					List.of("1.1", "Open two family hubs", "Ana Lima", "June 2025")));
			document.write(out);
		}
		Importer.Result result = imports.file(file);
		imports.assertValidAndStable(name, result);
		return result;
	}

	@Test
	void ragWrittenInTheProgressText() {
		Importer.Result result = imports.text("rag.md", """
				| Ref | Action | Lead | Deadline | Progress |
				| --- | --- | --- | --- | --- |
				| 1 | Recruit social workers | HR | TBA | Marked as amber: offers made to four |
				| 2 | Audit case files | Mia Khan | March 2024 | RAG: Green. Audits monthly |
				| 3 | Review panels | Leo Hart | April 2024 | Greener options reviewed |
				""");
		String text = result.text();
		assertEquals(true, text.contains("progress amber \"Marked as amber: offers made to four\""), text);
		assertEquals(true, text.contains("progress green \"RAG: Green. Audits monthly\""), text);
		assertEquals(true, text.contains("progress \"Greener options reviewed\""), text);
		assertEquals(true, text.contains("due tbc"), text);
		assertEquals(List.of(), imports.errors(result));
	}

	@Test
	void recommendationsThemesAndCommitments() throws IOException {
		Importer.Result result = imports.text("structure.md", """
				# Northshire children's services improvement plan

				Recommendation 1: Strengthen management oversight of casework

				| Ref | Action | Lead | By when |
				| --- | --- | --- | --- |
				| 1.1 | Introduce monthly case audits | Mia Khan | March 2024 |
				| 1.2 | Refresh supervision guidance | Mia Khan | April 2024 |

				R2 – Improve the timeliness of assessments

				Improvement Commitment 2 – Faster assessments

				| Ref | Action | Lead | By when |
				| --- | --- | --- | --- |
				| 2.1 | Track assessment timescales weekly | Leo Hart | May 2024 |
				| Theme A: Workforce | | | |
				| 3.1 | Launch a recruitment campaign | HR | June 2024 |
				| Priority 4 – | | | |
				| 4.1 | Publish a practice framework | Leo Hart | July 2024 |
				""");
		Imports.assertMatchesGolden("import/structure/northshire.md.plan", result.text());
		assertEquals(List.of(), imports.errors(result));
		assertEquals(5, result.summary().actions(), result.summary().toString());
	}

	@Test
	void areasOfWeaknessOfAWrittenStatementOfActionAreBlocks() {
		// a SEND written statement of action as saved from Word: "Area of weakness N" headings
		Importer.Result result = imports.text("northfield.html", """
				<html><body><h1>Northfield Borough Council SEND Written Statement of Action</h1>
				<h2>Area of weakness 1: Timeliness of EHC plans</h2>
				<table><tr><th>No.</th><th>What we will do</th><th>Who is responsible</th><th>By when</th><th>How we will know</th></tr>
				<tr><td>1.1</td><td>Recruit two EHC coordinators</td><td>Priya Shah</td><td>Q3 2023/24</td>
				<td>Plans issued within 20 weeks</td></tr></table>
				<h2>Area for development 2: Co-production with families</h2>
				<table><tr><th>No.</th><th>What we will do</th><th>Who is responsible</th><th>By when</th></tr>
				<tr><td>2.1</td><td>Set up a parent carer forum steering group</td><td>Tom Ellis</td><td>December 2023</td></tr></table>
				</body></html>
				""");
		imports.assertValidAndStable("northfield.html", result);
		String text = result.text();
		assertTrue(text.contains("plan northfield \"Northfield Borough Council SEND Written Statement of Action\""), text);
		assertTrue(text.contains("priority 1 \"Timeliness of EHC plans\" {"), text);
		assertTrue(text.contains("priority 2 \"Co-production with families\" {"), text);
		assertTrue(text.contains("success \"Plans issued within 20 weeks\""), text);
	}

	@Test
	void qualifiedSectionWordsStartBlocksUnderACouncilsHeading() {
		// found by importing a layout the importer was not tuned to: "Improvement Area N" headings,
		// and the council's name as the first heading with the title and a version line under it
		Importer.Result result = imports.text("northshire.md", """
				# Northshire Council
				## Justice Social Work Improvement Plan 2023-25

				Version 2, agreed by the Chief Officers Group, 14 November 2023.

				### Improvement Area 1: Leadership and governance

				| No. | What we will do | Responsible officer | Timescale |
				|---|---|---|---|
				| 1.1 | Introduce monthly case file audits | Team Leaders | Ongoing |

				### Improvement Area 2: Unpaid work

				| No. | What we will do | Responsible officer | Timescale |
				|---|---|---|---|
				| 2.1 | Reduce the unpaid work backlog | Alan Reid, Unpaid Work Manager | March 2025 |
				""");
		imports.assertValidAndStable("northshire.md", result);
		String text = result.text();
		assertTrue(text.contains("plan northshire \"Justice Social Work Improvement Plan 2023-25\""), text);
		assertTrue(text.contains("organisation \"Northshire Council\""), text);
		assertTrue(text.contains("priority 1 \"Leadership and governance\" {"), text);
		assertTrue(text.contains("priority 2 \"Unpaid work\" {"), text);
		assertFalse(text.contains("note \"Improvement Area"), text);
	}
}

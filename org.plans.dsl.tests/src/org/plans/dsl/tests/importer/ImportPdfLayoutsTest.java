package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.ReviewPage;
import org.plans.dsl.importer.RowFate;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;

/**
 * PDFs in layouts councils publish, drawn here with PDFBox: a grid table ruled on every side
 * whose cells wrap over several lines; a landscape table that runs over pages with its header
 * repeated and a running title; actions written as numbered text with labelled leads and dates.
 * The import finds every action with its lead and deadline.
 */
public class ImportPdfLayoutsTest extends ImportCase {

	@Test
	void aGridTableWithCellsWrappedOverLines() throws IOException {
		Path pdf = dir.resolve("oakhurst.pdf");
		try (PDDocument document = new PDDocument()) {
			PdfSheet page = new PdfSheet(document, PDRectangle.A4, Standard14Fonts.FontName.TIMES_ROMAN, 10);
			page.text(50, 60, "Oakhurst Borough Council", 16);
			page.text(50, 85, "Children's Services Improvement Plan 2025", 12);
			page.text(50, 115, "Theme A: Practice quality", 12);
			float[] columns = { 50, 95, 300, 430, 545 };
			float y = page.gridRow(135, columns, List.of("No.", "Action", "Lead officer", "Target date"));
			y = page.gridRow(y, columns, List.of("A1", "Run a monthly audit of\ncase files with\nfeedback to workers",
					"Dee Marsh, Head of\nQuality Assurance", "March 2025"));
			y = page.gridRow(y, columns, List.of("A2", "Publish practice\nstandards", "Dee Marsh, Head of\nQuality Assurance",
					"End June\n2025"));
			page.text(50, y + 30, "Theme B: Workforce", 12);
			y = page.gridRow(y + 50, columns, List.of("No.", "Action", "Lead officer", "Target date"));
			y = page.gridRow(y, columns, List.of("B1", "Recruit permanent team\nmanagers", "Sam Byrne (HR)", "September\n2025"));
			page.gridRow(y, columns, List.of("B2", "Cap caseloads at 18", "Gita Rao, Service\nManager", "Q3 2025/26"));
			page.close();
			document.save(pdf.toFile());
		}
		Importer.Result result = imports.file(pdf);
		imports.assertValidAndStable("oakhurst.pdf", result);
		assertEquals(expected("A1", "A | 2025-03 | Dee Marsh as Head of Quality Assurance",
				"A2", "A | 2025-06 | Dee Marsh as Head of Quality Assurance", "B1", "B | 2025-09 | Sam Byrne",
				"B2", "B | 2025-12 | Gita Rao as Service Manager"), actions(imports.facts(result)), result.text());
		assertTrue(result.text().contains("\"Run a monthly audit of case files with feedback to workers\""), result.text());
		// the council's name above the title is the organisation, not part of the title
		assertTrue(result.text().contains("plan oakhurst \"Children's Services Improvement Plan 2025\""), result.text());
		assertTrue(result.text().contains("organisation \"Oakhurst Borough Council\""), result.text());
	}

	@Test
	void aLandscapeTableOverPagesWithItsHeaderRepeated() throws IOException {
		Path pdf = dir.resolve("westbrook.pdf");
		List<String> header = List.of("Ref", "Action", "Lead", "Start", "Deadline", "Progress");
		float[] columns = { 40, 80, 330, 470, 560, 650, 800 };
		try (PDDocument document = new PDDocument()) {
			PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PdfSheet page = new PdfSheet(document, landscape, Standard14Fonts.FontName.HELVETICA, 8);
			page.text(300, 25, "Westbrook Council - Improvement Plan 2025", 8);
			page.text(40, 60, "Westbrook Council Improvement Plan", 14);
			page.text(40, 85, "Priority 1: Help and protection", 11);
			float y = page.ruledRow(100, columns, header);
			for (int i = 1; i <= 7; i++) {
				y = page.ruledRow(y, columns, row(1, i));
			}
			page.text(400, 570, "Page 1", 8);
			page.close();
			page = new PdfSheet(document, landscape, Standard14Fonts.FontName.HELVETICA, 8);
			page.text(300, 25, "Westbrook Council - Improvement Plan 2025", 8);
			y = page.ruledRow(50, columns, header);
			for (int i = 8; i <= 10; i++) {
				y = page.ruledRow(y, columns, row(1, i));
			}
			page.text(40, y + 30, "Priority 2: Children in care", 11);
			y = page.ruledRow(y + 45, columns, header);
			for (int i = 1; i <= 3; i++) {
				y = page.ruledRow(y, columns, row(2, i));
			}
			page.text(400, 570, "Page 2", 8);
			page.close();
			document.save(pdf.toFile());
		}
		Importer.Result result = imports.file(pdf);
		imports.assertValidAndStable("westbrook.pdf", result);
		Map<String, String> found = actions(imports.facts(result));
		Map<String, String> expected = new LinkedHashMap<>();
		for (int i = 1; i <= 10; i++) {
			// a person holds the role the plan gives them anywhere (priority 2's rows write it)
			expected.put("1." + i, "1 | 2025-" + String.format("%02d", i + 1) + " | " + lead(2, i));
		}
		for (int i = 1; i <= 3; i++) {
			expected.put("2." + i, "2 | 2025-" + String.format("%02d", i + 1) + " | " + lead(2, i));
		}
		assertEquals(expected, found, result.text());
		// the header repeated on page 2 is dropped; the running title and the page numbers are no rows
		assertEquals(1, result.summary().rows().get(RowFate.Fate.REPEATED_HEADER),
				result.summary().toString());
		assertTrue(result.text().contains("progress \"Started; on track for the spring\""), result.text());
		// the running title in small print above the page's own title is not the plan's title
		assertTrue(result.text().contains("plan westbrook \"Westbrook Council Improvement Plan\"\n"), result.text());
	}

	@Test
	void actionsWrittenAsNumberedText() throws IOException {
		Path pdf = dir.resolve("eastcliff.pdf");
		try (PDDocument document = new PDDocument()) {
			PdfSheet page = new PdfSheet(document, PDRectangle.A4, Standard14Fonts.FontName.HELVETICA, 10);
			float y = page.lines(60, 14, "Eastcliff Council Improvement Plan");
			y = page.lines(y + 10, 12, "Priority 1: Help at the front door");
			y = page.lines(y + 6, 10, "1.1 Screen every contact within one working day. Lead: Hana Ito, Head of",
					"Service. Deadline: March 2025.");
			y = page.lines(y + 6, 10, "1.2 Agree a joint triage protocol with the police.", "Lead: Hana Ito",
					"Deadline: June 2025");
			y = page.lines(y + 10, 12, "Priority 2: Workforce");
			y = page.lines(y + 6, 10, "2.1 Recruit six permanent social workers. Owner: Ben Ode (HoS). By when:",
					"September 2025. Progress: two offers made.");
			page.lines(y + 6, 10, "2.2 Introduce a caseload cap of 18.", "Lead: Ben Ode (HoS); Deadline: December 2025");
			page.close();
			document.save(pdf.toFile());
		}
		Importer.Result result = imports.file(pdf);
		imports.assertValidAndStable("eastcliff.pdf", result);
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("1.1", "1 | 2025-03 | Hana Ito as Head of Service");
		expected.put("1.2", "1 | 2025-06 | Hana Ito as Head of Service");
		expected.put("2.1", "2 | 2025-09 | Ben Ode as Head of Service");
		expected.put("2.2", "2 | 2025-12 | Ben Ode as Head of Service");
		assertEquals(expected, actions(imports.facts(result)), result.text());
		assertTrue(result.text().contains("\"Two offers made\"") || result.text().contains("\"two offers made\""),
				result.text());
		// the paragraphs are counted and listed as rows: each action, and each line joined to it
		assertEquals(4, result.summary().rows().get(RowFate.Fate.ACTION), result.summary().toString());
		assertEquals(List.of("action 1.1", "action 1.2", "action 2.1", "action 2.2"), result.rows().stream()
				.filter(r -> r.fate() == RowFate.Fate.ACTION).map(RowFate::became).toList());
		List<RowFate> fields = result.rows().stream()
				.filter(r -> String.join(" ", r.cells()).matches("(?s).*(Lead|Deadline|By when|Owner).*")).toList();
		assertTrue(fields.stream().anyMatch(r -> r.fate() == RowFate.Fate.CONTINUED), fields::toString);
		assertTrue(fields.stream().allMatch(r -> r.became().startsWith("action ")), fields::toString);
		String page = ReviewPage.of("eastcliff.pdf", result.summary(), result.rows());
		assertTrue(page.contains("actions: <b>action 2.2</b>"), page);
		assertTrue(page.contains("joined to the action above: <b>action 1.2</b>"), page);
		assertTrue(result.summary().toString().contains("(4 actions, "), result.summary().toString());
	}

	@Test
	void twoLabelledFieldsFarApartOnOneLine() throws IOException {
		// "Lead: …" at the left margin and "Deadline: …" half a page across: two fields of the action, not a table row
		Path pdf = dir.resolve("marshfield.pdf");
		try (PDDocument document = new PDDocument()) {
			PdfSheet page = new PdfSheet(document, PDRectangle.A4, Standard14Fonts.FontName.HELVETICA, 10);
			float y = page.lines(60, 14, "Marshfield Council Improvement Plan");
			y = page.lines(y + 10, 12, "Priority 1: Early help");
			for (int i = 1; i <= 3; i++) {
				y = page.lines(y + 8, 10, "1." + i + " Open family hub number " + i + " in the district.");
				y += 12.5f;
				page.text(50, y, "Lead: " + (i == 2 ? "Head of Service" : "Ana Lima, Hub Manager"), 10);
				page.text(300, y, "Deadline: " + List.of("March", "June", "September").get(i - 1) + " 2023", 10);
			}
			page.close();
			document.save(pdf.toFile());
		}
		Importer.Result result = imports.file(pdf);
		imports.assertValidAndStable("marshfield.pdf", result);
		assertEquals(expected("1.1", "1 | 2023-03 | Ana Lima as Hub Manager", "1.2", "1 | 2023-06 | Head of Service",
				"1.3", "1 | 2023-09 | Ana Lima as Hub Manager"), actions(imports.facts(result)), result.text());
		assertEquals(0, result.summary().tables(), result.summary().toString());
		assertEquals(0, result.summary().notes(), result.text());
	}

	private static List<String> row(int priority, int i) {
		String action = "Action " + priority + "." + i + " for children and families,\nreviewed at the improvement board";
		String progress = i == 1 ? "Started; on track\nfor the spring" : "";
		return List.of(priority + "." + i, action, lead(priority, i).replace(" as Team Manager", ", Team\nManager"),
				"January 2025", YearMonth.of(2025, i + 1).getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " 2025", progress);
	}

	private static String lead(int priority, int i) {
		return (i % 2 == 0 ? "Lena Ortiz" : "Omar Ali") + (priority == 2 ? " as Team Manager" : "");
	}

	/** Reference, "section | deadline | leads", reference, …: in order. */
	private static Map<String, String> expected(String... pairs) {
		Map<String, String> expected = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			expected.put(pairs[i], pairs[i + 1]);
		}
		return expected;
	}

	/** Each action: "section | deadline | leads", by reference. */
	private static Map<String, String> actions(PlanFacts facts) {
		Map<String, String> found = new LinkedHashMap<>();
		for (ActionFacts action : facts.actions()) {
			found.put(action.ref(), action.priority().getName() + " | "
					+ action.deadline().map(d -> YearMonth.from(d).toString()).orElse("") + " | "
					+ action.leads().stream().map(ImportPdfLayoutsTest::lead).collect(Collectors.joining(", ")));
		}
		return found;
	}

	private static String lead(Party party) {
		if (party instanceof Person person && !person.getRoles().isEmpty()) {
			return person.getTitle() + " as "
					+ person.getRoles().stream().map(Party::getTitle).collect(Collectors.joining("+"));
		}
		return party.getTitle();
	}
}

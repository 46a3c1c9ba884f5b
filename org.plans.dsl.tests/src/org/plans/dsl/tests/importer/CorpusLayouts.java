package org.plans.dsl.tests.importer;

import static org.plans.dsl.tests.importer.CorpusFixtures.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.plans.dsl.tests.importer.CorpusFixtures.Expected;
import org.plans.dsl.tests.importer.CorpusFixtures.Fixture;

/**
 * Layouts of plans the importer was not tuned to, for {@link ImportCorpusTest}: an NHS
 * integrated care board's recovery plan (work streams, deliverables, SROs written "Name – Role"
 * and "Name/Role", financial-year quarter milestones), a Welsh council's bilingual plan saved
 * from Word as HTML, a tracker with a progress column and a RAG column per quarter, and an Excel
 * tracker with its priorities in merged cells, a hidden column and real Excel dates, and a
 * school trust's plan published as a PDF of numbered actions whose fields lie far apart.
 */
final class CorpusLayouts {

	private CorpusLayouts() {
	}

	/** An ICB's plan in Word: the board's name above the title, a work stream per heading, quarter milestones. */
	static final Fixture NORTHMOOR = new Fixture("northmoor.docx", CorpusLayouts::northmoor,
			Map.of("UEC1", new Expected("1", "2023-12", "Dr Priya Nair as Chief Nursing Officer"),
					"UEC2", new Expected("1", "2024-03", "Mark Hill as Director of Operations"),
					"EL1", new Expected("2", "2023-09", "Mark Hill as Director of Operations"),
					"EL2", new Expected("2", "2024-06", "Sue Park as Associate Medical Director, Elective Hub Team")),
			1, 0, Map.of(), Map.of("UEC1", "green", "UEC2", "amber", "EL1", "red", "EL2", "complete"));

	/** A Welsh council's plan saved from Word as a web page: headings, headers and the title in both languages. */
	static final Fixture GLANAFON = new Fixture("glanafon.html", text("""
			<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
			<meta name=Generator content="Microsoft Word 15"><title>Cynllun Gwella</title></head>
			<body lang=EN-GB><div class=WordSection1>
			<p class=MsoTitle>Cyngor Bwrdeistref Sirol Glanafon / Glanafon County Borough Council</p>
			<p class=MsoTitle>Cynllun Gwella Gwasanaethau Plant / Children's Services Improvement Plan</p>
			<h2>Blaenoriaeth 1: Cefnogi teuluoedd yn gynnar / Priority 1: Supporting families early</h2>
			<table class=MsoTableGrid border=1>
			<tr><td><p><b>Cyf / Ref</b></p></td><td><p><b>Cam gweithredu / Action</b></p></td>
			<td><p><b>Arweinydd / Lead</b></p></td><td><p><b>Dyddiad targed / Target date</b></p></td>
			<td><p><b>Cynnydd / Progress</b></p></td></tr>
			<tr><td>1.1</td><td>Agor dau hwb teulu / Open two family hubs</td><td>Rhian Evans, Head of Early Help</td>
			<td>Mawrth 2024 / March 2024</td><td>Update (January 2024): first hub open</td></tr>
			<tr><td>1.2</td><td>Train every practitioner in the Welsh-language offer</td><td>Gareth Lloyd (PSW)</td>
			<td>Q3 2023/24</td><td></td></tr>
			</table>
			<h2>Blaenoriaeth 2: Gweithlu / Priority 2: Workforce</h2>
			<table class=MsoTableGrid border=1>
			<tr><td><p><b>Cyf / Ref</b></p></td><td><p><b>Cam gweithredu / Action</b></p></td>
			<td><p><b>Arweinydd / Lead</b></p></td><td><p><b>Dyddiad targed / Target date</b></p></td>
			<td><p><b>Cynnydd / Progress</b></p></td></tr>
			<tr><td>2.1</td><td>Recruit Welsh-speaking social workers</td><td>Rhian Evans / HR</td>
			<td>Ongoing</td><td>Update (February 2024): four appointed</td></tr>
			</table>
			</div></body></html>
			"""), Map.of("1.1", new Expected("1", "2024-03", "Rhian Evans as Head of Early Help"),
			"1.2", new Expected("1", "2023-12", "Gareth Lloyd as Principal Social Worker"),
			"2.1", new Expected("2", "", "Rhian Evans as Head of Early Help, HR")), 0, 0, Map.of());

	/** A tracker as tab-separated text: an update and a RAG column per quarter of the year the title names. */
	static final Fixture RIVERBANK = new Fixture("riverbank.tsv", text(String.join("\n",
			"Riverbank Council – Corporate Improvement Plan 2023/24", "",
			"Priority 1: Customers",
			"Ref\tAction\tLead\tDue\tQ1 update\tQ1 RAG\tQ2 update\tQ2 RAG\tQ3 update\tQ3 RAG",
			"1.1\tPublish a customer access strategy\tTom Reid, Head of Customer Services\tQ4 2023/24\tDraft consulted on\tG\tCabinet approved\tG\tLaunched\tB",
			"1.2\tClose the cash office\tTom Reid\tSeptember 2023\tStaff consulted\tA\tDelayed by the lease\tR\t\t",
			"Priority 2: Resources",
			"Ref\tAction\tLead\tDue\tQ1 update\tQ1 RAG\tQ2 update\tQ2 RAG\tQ3 update\tQ3 RAG",
			"2.1\tMove payroll to the new system\tFinance Team\tQ3 2023/24\tSupplier chosen\tA\tTesting\tA\tLive\tG") + "\n"),
			Map.of("1.1", new Expected("1", "2024-03", "Tom Reid as Head of Customer Services"),
					"1.2", new Expected("1", "2023-09", "Tom Reid as Head of Customer Services"),
					"2.1", new Expected("2", "2023-12", "Finance Team")),
			0, 0, Map.of(), Map.of("1.1", "blue complete", "1.2", "red", "2.1", "green"));

	/** An Excel tracker: priorities in cells merged down their rows, a hidden column, dates as Excel dates. */
	static final Fixture HOLLINS = new Fixture("hollins.xlsx", CorpusLayouts::hollins,
			Map.of("1a", new Expected("1", "2024-03", "Jo Park as Head of Finance"),
					"1b", new Expected("1", "2024-06", "Jo Park as Head of Finance"),
					"1c", new Expected("1", "2024-09", "Audit Committee"),
					"2a", new Expected("2", "2024-12", "Sam Ode as Head of Housing"),
					"2b", new Expected("2", "2025-01", "Sam Ode as Head of Housing, Lee Grant as Housing Manager")),
			0, 0, Map.of(), Map.of("1a", "green", "1b", "amber", "1c", "red", "2a", "amber", "2b", "green"));

	/** A school trust's plan published as a PDF: the trust above the title, numbered actions with fields far apart. */
	static final Fixture THORNBURY = new Fixture("thornbury.pdf", CorpusLayouts::thornbury,
			Map.of("1.1", new Expected("1", "2024-09", "Amy Cole as Reading Lead"),
					"1.2", new Expected("1", "2024-12", "Amy Cole as Reading Lead"),
					"2.1", new Expected("2", "2024-06", "Raj Mehta as Attendance Officer"),
					"2.2", new Expected("2", "2025-03", "Raj Mehta as Attendance Officer, Family Support Team")),
			0, 0, Map.of(), Map.of("1.1", "green", "1.2", "amber", "2.1", "green", "2.2", "red"));

	static final List<Fixture> ALL = List.of(NORTHMOOR, GLANAFON, RIVERBANK, HOLLINS, THORNBURY);

	private static void thornbury(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PdfSheet page = new PdfSheet(document, PDRectangle.A4, Standard14Fonts.FontName.HELVETICA, 10);
			float y = page.lines(60, 16, "Thornbury Academy Trust");
			y = page.lines(y + 6, 14, "School Improvement Plan 2024/25");
			String[][] actions = {
					{ "Priority 1: Reading" },
					{ "1.1 Introduce daily phonics catch-up sessions.", "Amy Cole – Reading Lead", "Q2 2024/25", "G" },
					{ "1.2 Train every teaching assistant in phonics.", "Amy Cole", "December 2024", "A" },
					{ "Priority 2: Attendance" },
					{ "2.1 Call the family of every absent pupil on the first day.", "Raj Mehta/Attendance Officer",
							"Q1 2024/25", "G" },
					{ "2.2 Run attendance clinics with families.", "Raj Mehta and the Family Support Team", "March 2025",
							"R" } };
			for (String[] action : actions) {
				if (action.length == 1) {
					y = page.lines(y + 12, 12, action[0]);
					continue;
				}
				y = page.lines(y + 8, 10, action[0]);
				y += 12.5f;
				page.text(50, y, "Lead: " + action[1], 10);
				page.text(280, y, "By when: " + action[2], 10);
				page.text(450, y, "RAG: " + action[3], 10);
			}
			page.close();
			document.save(file.toFile());
		}
	}

	private static void northmoor(Path file) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			CorpusFixtures.paragraph(document, "NHS Northmoor Integrated Care Board");
			CorpusFixtures.paragraph(document, "System Recovery and Improvement Plan 2023/24");
			CorpusFixtures.paragraph(document, "Progress updates from October 2023");
			CorpusFixtures.paragraph(document, "Workstream 1: Urgent and emergency care");
			CorpusFixtures.table(document, List.of(List.of("Ref", "Deliverable", "SRO", "Milestone", "Status"),
					List.of("UEC1", "Open a same-day emergency care unit", "Dr Priya Nair – Chief Nursing Officer",
							"Q3 2023/24", "Green"),
					List.of("UEC2", "Cut ambulance handover delays to 30 minutes", "Mark Hill/Director of Operations",
							"End of Q4 2023-24", "Amber")));
			CorpusFixtures.paragraph(document, "Workstream 2: Elective recovery");
			CorpusFixtures.table(document, List.of(List.of("Ref", "Deliverable", "SRO", "Milestone", "Status"),
					List.of("EL1", "Clear every wait over 78 weeks", "Mark Hill/Director of Operations", "Q2 2023/24", "Red"),
					List.of("EL2", "Run weekend theatre lists", "Sue Park – Associate Medical Director; Elective Hub Team",
							"Q1 2024/25", "Complete")));
			CorpusFixtures.table(document, List.of(
					List.of("Measure", "Baseline (April 2023)", "Target March 2024", "Position Q2 2023/24"),
					List.of("Patients waiting over 78 weeks", "412", "0", "96")));
			document.write(out);
		}
	}

	private static void hollins(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Tracker");
			XSSFCellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			XSSFCellStyle month = workbook.createCellStyle();
			month.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
			sheet.createRow(0).createCell(0).setCellValue("Hollins District Council – Improvement Tracker");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
			String[] header = { "Priority", "Ref", "Action", "Owner", "Internal notes", "Target date", "RAG" };
			XSSFRow top = sheet.createRow(2);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
			Object[][] rows = {
					{ "1. Financial sustainability", "1a", "Agree a medium-term financial plan", "Jo Park – Head of Finance",
							"chase JP", LocalDate.of(2024, 3, 31), "G" },
					{ "", "1b", "Set a balanced budget for 2024/25", "Jo Park", "", LocalDate.of(2024, 6, 30), "A" },
					{ "", "1c", "Close the 2022/23 accounts", "Audit Committee", "auditor late", LocalDate.of(2024, 9, 30), "R" },
					{ "2. Housing", "2a", "Bring empty homes back into use", "Sam Ode/Head of Housing", "",
							LocalDate.of(2024, 12, 31), "A" },
					{ "", "2b", "Review the allocations policy", "Sam Ode and Lee Grant, Housing Manager", "",
							LocalDate.of(2025, 1, 31), "G" } };
			for (int r = 0; r < rows.length; r++) {
				XSSFRow row = sheet.createRow(3 + r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						// one shown as Excel's "Sep-24"
						row.getCell(c).setCellStyle(day.getMonthValue() == 9 ? month : date);
					} else if (!((String) rows[r][c]).isEmpty()) {
						row.createCell(c).setCellValue((String) rows[r][c]);
					}
				}
			}
			sheet.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
			sheet.setColumnHidden(4, true);
			workbook.write(out);
		}
	}
}

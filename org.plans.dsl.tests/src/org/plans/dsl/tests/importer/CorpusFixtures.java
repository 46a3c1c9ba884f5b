package org.plans.dsl.tests.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Plans in other councils' wordings and layouts for {@link ImportCorpusTest}: measure tables,
 * findings, section columns, ownership tables, headings above headers, people with their
 * organisations, dated progress; as Markdown, tab-separated text, and Excel and Word files the
 * test builds with POI.
 */
final class CorpusFixtures {

	/** What a reader takes from one action row: its section, deadline and leads ("Name as Role", "Name of Org"). */
	record Expected(String section, String due, String leads) {
	}

	/** Writes a fixture's source file. */
	interface Source {
		void write(Path file) throws IOException;
	}

	/**
	 * A fixture: its actions by reference, how many measures and findings it states, the
	 * sponsors of its blocks (block number → sponsor title), and the RAG and status its actions
	 * are at (reference → "amber", "complete", "green complete").
	 */
	record Fixture(String name, Source source, Map<String, Expected> actions, int measures, int findings,
			Map<String, String> sponsors, Map<String, String> states) {

		Fixture(String name, String text, Map<String, Expected> actions) {
			this(name, text(text), actions, 0, 0, Map.of());
		}

		Fixture(String name, Source source, Map<String, Expected> actions, int measures, int findings,
				Map<String, String> sponsors) {
			this(name, source, actions, measures, findings, sponsors, Map.of());
		}
	}

	private CorpusFixtures() {
	}

	static Source text(String text) {
		return file -> Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	static final Fixture SOUTHMOOR = new Fixture("southmoor.md", text("""
			# Southmoor Council – Children's Social Care Improvement Plan

			Progress updates from January 2024

			| Workstream | Sponsor | Lead |
			| --- | --- | --- |
			| 1. Front door | Helen Marsh, Director of Children's Services | Kofi Mensah (HoS) |
			| 2. Workforce | Helen Marsh, Director of Children's Services | Heads of Service |

			| Priority | Ref | Action | Lead | Deadline | Progress |
			| --- | --- | --- | --- | --- | --- |
			| Front door | 1.1 | Merge MASH and early help triage | Kofi Mensah (HoS) | June 2024 | Update (Mar 2024): triage pilot started in the north. Update (May 2024): pilot extended to all districts |
			| | 1.2 | Agree thresholds with partners | Mark Ellis, Head of Commissioning & Joanne Price (ICB) | September 2024 | |
			| Workforce | 2.1 | Recruit a cohort of newly qualified social workers | Heads of Service | Ongoing on a monthly basis | RAG: Amber. Offers made to six |
			| | 2.2 | Introduce a caseload cap | Head of Service & Priya Nair | March 2025 | |

			| Measure | Baseline (April 2023) | Target March 2025 | Position at March 2024 | Progress relative to targets |
			| --- | --- | --- | --- | --- |
			| Social workers on permanent contracts | 61% | at least 80% | 68% | On track |
			| Average caseload per social worker | 23 | no more than 18 | 21 | Below target |
			"""), Map.of("1.1", new Expected("1", "2024-06", "Kofi Mensah as Head of Service"),
			"1.2", new Expected("1", "2024-09", "Mark Ellis as Head of Commissioning, Joanne Price of ICB"),
			"2.1", new Expected("2", "", "Head of Service"),
			"2.2", new Expected("2", "2025-03", "Head of Service, Priya Nair")), 2, 0,
			Map.of("1", "Helen Marsh", "2", "Helen Marsh"));

	static final Fixture KINGSBURY = new Fixture("kingsbury.tsv", text(String.join("\n",
			"Kingsbury Borough Council – Improvement plan following the inspection of children's services",
			"Version 3, May 2024", "",
			"Priority\tRef\tWhat inspectors found\tAction\tLead\tBy when",
			"Help and protection\tHP1\tStrategy discussions do not always include health\tInvite health to every strategy discussion\tSana Iqbal, Service Manager MASH\tApril 2024",
			"Help and protection\tHP2\tStrategy discussions do not always include health\tAudit attendance at strategy discussions\tSana Iqbal, Service Manager MASH / Designated Nurse\tQuarterly",
			"Children in care\tCC1\tToo few children have a permanence plan by their second review\tTrack permanence plans at the second review\tOwen Blake (IRO Manager)\tJuly 2024",
			"Children in care\tCC2\tCare leavers are not always told their entitlements\tPublish the local offer for care leavers\tLeaving Care Team\tEnd September 2024",
			"", "Performance 2024/25",
			"Indicator\tBaseline\tTarget\tQ1\tQ2\tQ3\tQ4",
			"Strategy discussions with health present\t40%\t90%\t62%\t71%\t\t",
			"Children with a permanence plan by the second review\t55%\t85%\t60%\t\t\t") + "\n"),
			Map.of("HP1", new Expected("1", "2024-04", "Sana Iqbal as Service Manager MASH"),
					"HP2", new Expected("1", "", "Sana Iqbal as Service Manager MASH, Designated Nurse"),
					"CC1", new Expected("2", "2024-07", "Owen Blake as IRO Manager"),
					"CC2", new Expected("2", "2024-09", "Leaving Care Team")), 2, 3, Map.of());

	static final Fixture HARROWGATE = new Fixture("harrowgate.xlsx", CorpusFixtures::harrowgate,
			Map.of("1.1", new Expected("1", "2024-07", "Dr Amy Fox as Head of Early Help"),
					"1.2", new Expected("1", "2024-10", "Head of Early Help, Leon Grant of CCG, CCG"),
					"2.1", new Expected("2", "2024-12", "Ruth Okafor as Team Manager"),
					"2.2", new Expected("2", "2025-03", "Ruth Okafor as Team Manager")), 2, 0, Map.of());

	static final Fixture FENMARSH = new Fixture("fenmarsh.docx", CorpusFixtures::fenmarsh,
			Map.of("1a", new Expected("1", "2024-09", "Carl Dunn as Assistant Director"),
					"1b", new Expected("1", "2024-12", "Carl Dunn as Assistant Director, Nadia Shah as Principal Social Worker"),
					"2a", new Expected("2", "2025-01", "Principal Social Worker"),
					"2b", new Expected("2", "2025-03", "Quality Assurance Team")), 1, 3,
			Map.of("1", "Beth Rowe", "2", "Beth Rowe"));

	/**
	 * A SEND plan in Markdown: RAG in a column headed "Status" (Amber, "G", "Amber - on track")
	 * beside status words; an ownership table naming its people otherwise than the action rows
	 * ("Dr Lin Wu" / "LIN WU" / "Lin Wu (DCS)", "N. Cho" / "Nina Cho", "HoSEND." / "Head of
	 * SEND"); a measure table ending the document, after the last section.
	 */
	static final Fixture BROOKFIELD = new Fixture("brookfield.md", text("""
			# Brookfield SEND Improvement Plan

			| Workstream | Sponsor | Lead |
			| --- | --- | --- |
			| 1. Identification of need | Dr Lin Wu, DCS | N. Cho |
			| 2. Timeliness of plans | LIN WU | HoSEND. |

			1. IDENTIFICATION OF NEED

			| Ref | Action | Lead | Deadline | Status |
			| --- | --- | --- | --- | --- |
			| 1.1 | Publish a graduated approach toolkit for schools | Nina Cho, SEND Manager | January 2025 | Amber |
			| 1.2 | Train SENCOs in early identification | Nina Cho, SEND Manager | March 2025 | G |
			| 1.3 | Review the needs assessment pathway | Lin Wu (DCS) | April 2025 | Amber - on track |

			2. TIMELINESS OF PLANS

			| Ref | Action | Lead | Deadline | Status |
			| --- | --- | --- | --- | --- |
			| 2.1 | Recruit two plan coordinators | Head of SEND | December 2024 | Complete |
			| 2.2 | Track the 20-week timescale weekly | Head of SEND | Ongoing | Not started |
			| 2.3 | Quality assure draft plans | N Cho | June 2025 | Red |
			| 2.4 | Publish the local offer again | Head of SEND | May 2025 | Green - complete |

			| Measure | Baseline (2023) | Target for March 2026 | Position at September 2024 |
			| --- | --- | --- | --- |
			| Plans issued within 20 weeks | 38% | 80% | 52% |
			"""), Map.of("1.1", new Expected("1", "2025-01", "Nina Cho as SEND Manager"),
			"1.2", new Expected("1", "2025-03", "Nina Cho as SEND Manager"),
			"1.3", new Expected("1", "2025-04", "Dr Lin Wu as Director of Children's Services"),
			"2.1", new Expected("2", "2024-12", "Head of SEND"),
			"2.2", new Expected("2", "", "Head of SEND"),
			"2.3", new Expected("2", "2025-06", "Nina Cho as SEND Manager"),
			"2.4", new Expected("2", "2025-05", "Head of SEND")), 1, 0,
			Map.of("1", "Dr Lin Wu", "2", "Dr Lin Wu"),
			Map.of("1.1", "amber", "1.2", "green", "1.3", "amber", "2.1", "complete", "2.2", "not-started",
					"2.3", "red", "2.4", "green complete"));

	/**
	 * A workbook of several sheets: the title in the first sheet's first row, a sheet per block
	 * (one with a heading row of its own, one without), and a sideways scorecard (measures
	 * across, baseline, target and position down).
	 */
	static final Fixture ASHCOMBE = new Fixture("ashcombe.xlsx", CorpusFixtures::ashcombe,
			Map.of("FD1", new Expected("1", "2025-01", "Imran Shah as Head of Service"),
					"FD2", new Expected("1", "2025-04", "Imran Shah as Head of Service, Police"),
					"PL1", new Expected("2", "2024-11", "Placements Team"),
					"PL2", new Expected("2", "2025-02", "Rosa Diaz as Team Manager")), 2, 0, Map.of(),
			Map.of("FD1", "amber", "FD2", "green", "PL1", "red", "PL2", "blue complete"));

	static final List<Fixture> MORE = List.of(SOUTHMOOR, KINGSBURY, HARROWGATE, FENMARSH, BROOKFIELD, ASHCOMBE);

	/** A workbook: "Front door" with a title row and a heading row, "Placements" with none, and a sideways "Scorecard". */
	private static void ashcombe(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			rows(workbook.createSheet("Front door"), List.of(
					List.of("Ashcombe Council Improvement Plan 2025"), List.of(),
					List.of("Ref", "Action", "Owner", "Due", "RAG"),
					List.of("FD1", "Screen every contact within one working day", "Imran Shah (HoS)", "January 2025", "A"),
					List.of("FD2", "Agree joint triage with the police", "Imran Shah (HoS) / Police", "April 2025",
							"Green")));
			rows(workbook.createSheet("Placements"), List.of(
					List.of("Ref", "Action", "Owner", "Due", "RAG"),
					List.of("PL1", "Open a second children's home", "Placements Team", "November 2024", "Red"),
					List.of("PL2", "Review every out-of-area placement", "Rosa Diaz, Team Manager", "February 2025",
							"Complete")));
			rows(workbook.createSheet("Scorecard"), List.of(
					List.of("", "Children seen within 5 days", "Placements within 20 miles"),
					List.of("Baseline (April 2024)", "64%", "58%"),
					List.of("Target (March 2025)", "90%", "70%"),
					List.of("Position (September 2024)", "72%", "61%")));
			workbook.write(out);
		}
	}

	/** An Excel plan: a title row, a heading row above each header, and a second sheet of measures. */
	private static void harrowgate(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			rows(workbook.createSheet("Improvement plan"), List.of(
					List.of("Harrowgate Council Improvement Plan 2024-25"), List.of(),
					List.of("Strengthening the front door"),
					List.of("Ref", "Action", "Responsible Officer", "Deadline", "Progress"),
					List.of("1.1", "Open a single front door for families", "Dr Amy Fox, Head of Early Help", "July 2024",
							"Update (Feb 2024): premises agreed"),
					List.of("1.2", "Share health information at the front door", "Head of Early Help / Leon Grant, CCG",
							"October 2024", ""),
					List.of("Improving permanence"),
					List.of("Ref", "Action", "Responsible Officer", "Deadline", "Progress"),
					List.of("2.1", "Hold permanence panels monthly", "Ruth Okafor (TM)", "December 2024", "Marked as green"),
					List.of("2.2", "Recruit family finders", "Ruth Okafor (TM)", "March 2025", "")));
			rows(workbook.createSheet("Measures"), List.of(
					List.of("KPI", "Baseline 2023/24", "Target 2024/25", "Jun 2024", "Sep 2024"),
					List.of("Contacts decided within 24 hours", "72%", "95%", "81%", "88%"),
					List.of("Children waiting over 12 months for adoption", "14", "reduce to 8", "12", "11")));
			workbook.write(out);
		}
	}

	/** Writes rows of text into a sheet, a cell each. */
	static void rows(XSSFSheet sheet, List<List<String>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			var row = sheet.createRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.createCell(c).setCellValue(rows.get(r).get(c));
			}
		}
	}

	/** A Word plan: an ownership table, themes as paragraphs, a findings column and a measure table. */
	private static void fenmarsh(Path file) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			paragraph(document, "Fenmarsh County Council");
			paragraph(document, "Children's Services Improvement Plan");
			table(document, List.of(List.of("Theme", "Strategic sponsor", "Operational lead"),
					List.of("Theme 1", "Beth Rowe, Corporate Director", "Carl Dunn (AD)"),
					List.of("Theme 2", "Beth Rowe, Corporate Director", "Principal Social Worker")));
			paragraph(document, "Theme 1: Leadership and oversight");
			table(document, List.of(List.of("Ref", "What inspectors found", "Action", "Lead", "By when"),
					List.of("1a", "Managers do not always record their oversight", "Introduce a management oversight template",
							"Carl Dunn, Assistant Director", "September 2024"),
					List.of("1b", "Supervision does not consistently challenge drift", "Train managers in reflective supervision",
							"Carl Dunn, AD and Nadia Shah, PSW", "December 2024")));
			paragraph(document, "Theme 2: Practice quality");
			table(document, List.of(List.of("Ref", "What inspectors found", "Action", "Lead", "By when"),
					List.of("2a", "Assessments do not always analyse risk", "Relaunch the assessment framework",
							"Principal Social Worker", "January 2025"),
					List.of("2b", "Assessments do not always analyse risk", "Audit assessments each quarter",
							"Quality Assurance Team", "March 2025")));
			table(document, List.of(List.of("How will we know", "Baseline", "Target for March 2025", "Position (Q1 2024/25)"),
					List.of("Audited assessments rated good or better", "41% (March 2024)", "65%", "48%")));
			document.write(out);
		}
	}

	static void paragraph(XWPFDocument document, String text) {
		document.createParagraph().createRun().setText(text);
	}

	static void table(XWPFDocument document, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				table.getRow(r).getCell(c).setText(rows.get(r).get(c));
			}
		}
	}
}

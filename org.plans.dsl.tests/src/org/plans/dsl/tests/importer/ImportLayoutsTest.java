package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.RowFate;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.tests.importer.CorpusFixtures.Fixture;

/**
 * What a reader takes from each layout of {@link CorpusLayouts} beyond the corpus's counts:
 * the plan's organisation and title, its blocks, how many actions, dates in the language's own
 * forms (financial-year quarters as {@code 2023/24-Q3}), progress at its dates with its rating,
 * measures, and every source row accounted for (what the importer could not place kept as notes).
 */
public class ImportLayoutsTest extends ImportCase {

	@Test
	void anIntegratedCareBoardsRecoveryPlan() throws IOException {
		Imported plan = imported(CorpusLayouts.NORTHMOOR);
		plan.isTitled("System Recovery and Improvement Plan 2023/24", "NHS Northmoor Integrated Care Board");
		plan.has(4, "Urgent and emergency care", "Elective recovery");
		// the "Milestone" column beside the deliverable holds the deadlines, quarters of the financial year
		plan.says("action UEC1 \"Open a same-day emergency care unit\" {\n        lead dpn",
				"due 2023/24-Q3",
				"due 2024/25-Q1",
				"person mh \"Mark Hill\" as director-of-operations",
				"progress 2023-10 amber");
		assertEquals(1, plan.facts.measures().size(), plan.text);
		plan.nothingDropped(0);
	}

	@Test
	void aWelshCouncilsBilingualPlan() throws IOException {
		Imported plan = imported(CorpusLayouts.GLANAFON);
		// the English half of each heading, header and title
		plan.isTitled("Children's Services Improvement Plan", "Glanafon County Borough Council");
		plan.has(3, "Supporting families early", "Workforce");
		plan.says("action 1.1 \"Open two family hubs\"",
				"due 2024-03\n",
				"progress 2024-01 \"first hub open\"");
		// the Welsh half of each title, heading and cell is kept as a note of what its English half became
		plan.blockHas("plan glanafon", "note \"Cymraeg: Cyngor Bwrdeistref Sirol Glanafon\"",
				"note \"Cymraeg: Cynllun Gwella Gwasanaethau Plant\"");
		plan.blockHas("priority 1 ", "note \"Cymraeg: Blaenoriaeth 1: Cefnogi teuluoedd yn gynnar\"");
		plan.blockHas("action 1.1 ", "note \"Cymraeg: Agor dau hwb teulu\"", "note \"Cymraeg: Mawrth 2024\"");
		plan.blockHas("priority 2 ", "note \"Cymraeg: Blaenoriaeth 2: Gweithlu\"");
		// the headers' Welsh words are structure, not the plan's text; English-only cells have no Welsh
		assertEquals(6, plan.text.split("Cymraeg: ", -1).length - 1, plan.text);
		assertTrue(!plan.blockOf("action 1.2 ").contains("Cymraeg") && !plan.blockOf("action 2.1 ").contains("Cymraeg"),
				plan.text);
		// the Welsh notes are placed text, not text the importer could not place; a second run writes the same
		plan.nothingDropped(0);
		assertEquals(plan.text, imports.file(dir.resolve(CorpusLayouts.GLANAFON.name())).text());
	}

	@Test
	void anUpdateAndARatingPerQuarter() throws IOException {
		Imported plan = imported(CorpusLayouts.RIVERBANK);
		// the council before the dash on the title's line is the organisation
		plan.isTitled("Corporate Improvement Plan 2023/24", "Riverbank Council");
		plan.has(3, "Customers", "Resources");
		// each quarter's update at that quarter of the year the title names, rated by its own RAG column
		assertTrue(plan.text.contains("progress 2023/24-Q1 amber \"Staff consulted\"\n"
				+ "        progress 2023/24-Q2 red \"Delayed by the lease\""), plan.text);
		plan.says("progress 2023/24-Q3 blue \"Launched\"");
		ActionFacts payroll = plan.facts.actions().stream().filter(a -> a.ref().equals("2.1")).findFirst().orElseThrow();
		assertEquals(3, payroll.progress().size(), plan.text);
		plan.nothingDropped(0);
	}

	@Test
	void anExcelTrackerWithMergedPrioritiesAndAHiddenColumn() throws IOException {
		Imported plan = imported(CorpusLayouts.HOLLINS);
		plan.isTitled("Improvement Tracker", "Hollins District Council");
		// the priority merged down its rows names every row under it
		plan.has(5, "Financial sustainability", "Housing");
		plan.says("due 2024-03-31");
		// the hidden column is read as the others: kept as notes, and the columns after it are in place
		plan.says("note \"Internal notes: chase JP\"",
				"person so \"Sam Ode\" as head-of-housing");
		plan.nothingDropped(2);
	}

	@Test
	void aTrustsPlanPublishedAsAPdf() throws IOException {
		Imported plan = imported(CorpusLayouts.THORNBURY);
		plan.isTitled("School Improvement Plan 2024/25", "Thornbury Academy Trust");
		plan.has(4, "Reading", "Attendance");
		// three fields far apart on a line under each numbered action: its lead, deadline and RAG
		plan.says("due 2024/25-Q2", "person ac \"Amy Cole\" as reading-lead", "person rm \"Raj Mehta\" as attendance-officer");
		assertEquals(0, plan.result.summary().tables(), plan.text);
		// no table: the actions were found by their wording, which the user is asked to check
		assertEquals(List.of("no table found: the 4 actions were read from numbered text; check them against the document"),
				plan.result.summary().warnings());
		plan.nothingDroppedFromText(0);
	}

	/** An imported fixture: the import, its text and its facts. */
	private record Imported(Importer.Result result, String text, PlanFacts facts) {

		/** The plan's text holds each of these. */
		void says(String... parts) {
			for (String part : parts) {
				assertTrue(text.contains(part), part + " in\n" + text);
			}
		}

		/** The block of the plan that starts with {@code start} holds each of these, inside its own braces. */
		void blockHas(String start, String... parts) {
			String block = blockOf(start);
			for (String part : parts) {
				assertTrue(block.contains(part), part + " in\n" + block + "\nof\n" + text);
			}
		}

		/** The text of the block starting with {@code start} at a line's start, up to its closing brace. */
		String blockOf(String start) {
			return PlanBlocks.of(text, start);
		}

		void isTitled(String title, String organisation) {
			assertEquals(title, facts.title(), text);
			assertEquals(Optional.of(organisation), facts.text(PlanTextKind.ORGANISATION), text);
		}

		/** The plan has {@code actions} actions, under blocks of these titles. */
		void has(int actions, String... blocks) {
			assertEquals(List.of(blocks), facts.priorities().stream().map(p -> p.getTitle()).toList(), text);
			assertEquals(actions, result.summary().actions(), text);
		}

		/** As {@link #nothingDroppedFromText}, and the import gives no warning. */
		void nothingDropped(int notes) {
			nothingDroppedFromText(notes);
			assertEquals(0, result.summary().warnings().size(), result.summary().warnings()::toString);
		}

		/** Every source row has a fate other than a silent drop, and exactly {@code notes} notes were kept. */
		void nothingDroppedFromText(int notes) {
			assertTrue(result.rows().stream().noneMatch(r -> r.fate() == RowFate.Fate.NOTE), result.rows()::toString);
			assertEquals(notes, result.summary().notes(), text);
		}
	}

	private Imported imported(Fixture fixture) throws IOException {
		Path file = dir.resolve(fixture.name());
		fixture.source().write(file);
		Importer.Result result = imports.file(file);
		imports.assertValidAndStable(fixture.name(), result);
		return new Imported(result, result.text(), imports.facts(result));
	}
}

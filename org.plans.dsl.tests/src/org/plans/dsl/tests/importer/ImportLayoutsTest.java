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
		assertEquals("System Recovery and Improvement Plan 2023/24", plan.facts.title(), plan.text);
		assertEquals(Optional.of("NHS Northmoor Integrated Care Board"), plan.facts.text(PlanTextKind.ORGANISATION));
		assertEquals(List.of("Urgent and emergency care", "Elective recovery"), titles(plan.facts));
		assertEquals(4, plan.result.summary().actions(), plan.text);
		// the "Milestone" column beside the deliverable holds the deadlines, quarters of the financial year
		assertTrue(plan.text.contains("action UEC1 \"Open a same-day emergency care unit\" {\n        lead dpn"), plan.text);
		assertTrue(plan.text.contains("due 2023/24-Q3"), plan.text);
		assertTrue(plan.text.contains("due 2024/25-Q1"), plan.text);
		assertTrue(plan.text.contains("person mh \"Mark Hill\" as director-of-operations"), plan.text);
		assertTrue(plan.text.contains("progress 2023-10 amber"), plan.text);
		assertEquals(1, plan.facts.measures().size(), plan.text);
		plan.nothingDropped(0);
	}

	@Test
	void aWelshCouncilsBilingualPlan() throws IOException {
		Imported plan = imported(CorpusLayouts.GLANAFON);
		// the English half of each heading, header and title
		assertEquals("Children's Services Improvement Plan", plan.facts.title(), plan.text);
		assertEquals(Optional.of("Glanafon County Borough Council"), plan.facts.text(PlanTextKind.ORGANISATION));
		assertEquals(List.of("Supporting families early", "Workforce"), titles(plan.facts));
		assertEquals(3, plan.result.summary().actions(), plan.text);
		assertTrue(plan.text.contains("action 1.1 \"Open two family hubs\""), plan.text);
		assertTrue(plan.text.contains("due 2024-03\n"), plan.text);
		assertTrue(plan.text.contains("progress 2024-01 \"first hub open\""), plan.text);
		plan.nothingDropped(0);
	}

	@Test
	void anUpdateAndARatingPerQuarter() throws IOException {
		Imported plan = imported(CorpusLayouts.RIVERBANK);
		assertEquals(List.of("Customers", "Resources"), titles(plan.facts));
		assertEquals(3, plan.result.summary().actions(), plan.text);
		// each quarter's update at that quarter of the year the title names, rated by its own RAG column
		assertTrue(plan.text.contains("progress 2023/24-Q1 amber \"Staff consulted\"\n"
				+ "        progress 2023/24-Q2 red \"Delayed by the lease\""), plan.text);
		assertTrue(plan.text.contains("progress 2023/24-Q3 blue \"Launched\""), plan.text);
		ActionFacts payroll = plan.facts.actions().stream().filter(a -> a.ref().equals("2.1")).findFirst().orElseThrow();
		assertEquals(3, payroll.progress().size(), plan.text);
		plan.nothingDropped(0);
	}

	@Test
	void anExcelTrackerWithMergedPrioritiesAndAHiddenColumn() throws IOException {
		Imported plan = imported(CorpusLayouts.HOLLINS);
		// the priority merged down its rows names every row under it
		assertEquals(List.of("Financial sustainability", "Housing"), titles(plan.facts));
		assertEquals(5, plan.result.summary().actions(), plan.text);
		assertTrue(plan.text.contains("due 2024-03-31"), plan.text);
		// the hidden column is read as the others: kept as notes, and the columns after it are in place
		assertTrue(plan.text.contains("note \"Internal notes: chase JP\""), plan.text);
		assertTrue(plan.text.contains("person so \"Sam Ode\" as head-of-housing"), plan.text);
		plan.nothingDropped(2);
	}

	/** An imported fixture: the import, its text and its facts. */
	private record Imported(Importer.Result result, String text, PlanFacts facts) {

		/** Every source row has a fate other than a silent drop, and exactly {@code notes} notes were kept. */
		void nothingDropped(int notes) {
			assertTrue(result.rows().stream().noneMatch(r -> r.fate() == RowFate.Fate.NOTE), result.rows()::toString);
			assertEquals(notes, result.summary().notes(), text);
			assertEquals(0, result.summary().warnings().size(), result.summary().warnings()::toString);
		}
	}

	private Imported imported(Fixture fixture) throws IOException {
		Path file = dir.resolve(fixture.name());
		fixture.source().write(file);
		Importer.Result result = imports.file(file);
		imports.assertValidAndStable(fixture.name(), result);
		return new Imported(result, result.text(), imports.facts(result));
	}

	private static List<String> titles(PlanFacts facts) {
		return facts.priorities().stream().map(p -> p.getTitle()).toList();
	}
}

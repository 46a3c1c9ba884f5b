package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.importer.Importer;

/**
 * Rows: a data row whose cells read like header words stays a data row; only an exact repeat
 * of the header is a page break; cells wrapped over lines of a text table are joined.
 */
public class ImportRowsTest extends ImportCase {

	@Test
	void rowsThatReadLikeHeaderWordsStayActions() {
		Importer.Result result = imports.text("borough.md", """
				# Borough improvement plan

				| Ref | Action | Lead | Deadline | Cost |
				| --- | --- | --- | --- | --- |
				| 2.1 | Improve outcomes | Jane Smith | End October 2015 | No additional cost |
				| 2.2 | Share learning on outcomes | Training team | Ongoing | No additional cost |
				| 2.3 | Audit outcomes | Quality team | Deadline to be agreed | Cost to be agreed |
				""");
		assertEquals(List.of("2.1", "2.2", "2.3"), refs(result));
		assertTrue(result.text().contains("due 2015-10"), result.text());
		assertEquals(List.of(), imports.errors(result));
	}

	@Test
	void aTableWithoutReferencesKeepsRowsOfHeaderWords() {
		Importer.Result result = imports.text("county.tsv", String.join("\n", "Action\tLead\tTimescale\tResources",
				"Improve outcomes\tHR\tEnd October 2015\tNo additional cost",
				"Review outcomes\tSM\tTimescale to be agreed\tNo additional cost",
				"Outcomes\tLead\tTimescale\tResources") + "\n");
		// The last row is all header names: a new header, not an action.
		assertEquals(2, imports.facts(result).actions().size(), result.text());
		assertTrue(result.text().contains("cost none"), result.text());
	}

	@Test
	void onlyAnExactRepeatOfTheHeaderIsDropped() {
		Importer.Result result = imports.text("district.txt", String.join("\n", "District plan", "",
				"No\tAction\tLead\tBy when", "1\tRecruit staff\tAna Patel\tMarch 2020",
				"No\tAction\tLead\tBy when", "2\tTrain staff\tAna Patel\tApril 2020",
				"No\tAction\tAna Patel (acting)\tBy when", "3\tAudit files\tAna Patel\tMay 2020") + "\n");
		assertEquals(List.of("1", "2", "3"), refs(result), result.text());
		// A row that only resembles the header is kept where it was found.
		assertTrue(result.text().contains("Ana Patel (acting)"), result.text());
	}

	@Test
	void cellsWrappedOverLinesOfATabbedTableAreJoined() {
		Importer.Result result = imports.text("city.txt", String.join("\n", "City plan", "",
				"Ref\tAction\tLead\tDeadline", "1.1\tRecruit social workers", "and team managers\tJane Smith\tMarch 2020",
				"1.2\tReview caseloads\tHoS\tApril 2020") + "\n");
		List<ActionFacts> actions = imports.facts(result).actions();
		assertEquals(2, actions.size(), result.text());
		assertEquals("Recruit social workers and team managers", actions.get(0).title());
		assertTrue(result.text().contains("due 2020-03"), result.text());
	}

	@Test
	void cellsWrappedOverLinesOfAPipeTableAreJoined() {
		Importer.Result result = imports.text("shire.md", """
				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 1.1 | Review caseloads across
				all teams | Jane Smith | April 2020 |
				| 1.2 | Publish the plan | Jane Smith | May 2020 |
				""");
		List<ActionFacts> actions = imports.facts(result).actions();
		assertEquals(List.of("Review caseloads across all teams", "Publish the plan"),
				actions.stream().map(ActionFacts::title).toList(), result.text());
	}

	private List<String> refs(Importer.Result result) {
		return imports.facts(result).actions().stream().map(ActionFacts::ref).toList();
	}
}

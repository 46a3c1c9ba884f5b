package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;

/**
 * RAG ratings written as single letters in a column whose header the importer does not know:
 * the column's values say it is a rating ("R", "A", "G", "B"), and "C" is complete where the
 * plan's key says so; a column of other letters stays notes. Progress and RAG in a column per
 * period: a progress line per period, at its date, rated by its period's RAG.
 */
public class ImportRatingsTest extends ImportCase {

	@Test
	void singleLettersInAColumnOfAnotherNameAreTheRag() {
		Importer.Result result = imports.text("letters.md", """
				# Eastmere Council improvement plan

				| Ref | Action | Lead | Deadline | Delivery confidence | Band |
				| --- | --- | --- | --- | --- | --- |
				| 1 | Open two family hubs | Ana Lima | June 2025 | R | A |
				| 2 | Recruit social workers | HR | July 2025 | A | B |
				| 3 | Audit case files | Leo Hart | May 2025 | G | C |
				| 4 | Publish the local offer | Leo Hart | April 2025 | B | A |
				""");
		imports.assertValidAndStable("letters.md", result);
		assertEquals(Map.of("1", "red", "2", "amber", "3", "green", "4", "blue complete"), states(result), result.text());
		// "Band" holds letters that are not all ratings (a "C" with no key that says so): kept as notes
		assertTrue(result.text().contains("note \"Band: C\""), result.text());
		assertTrue(result.text().contains("note \"Band: A\""), result.text());
	}

	@Test
	void cIsCompleteWhereThePlansKeySaysSo() {
		Importer.Result result = imports.text("key.md", """
				# Westmere Council improvement plan

				Key: R = off track, A = some risk, G = on track, C = complete

				| Ref | Action | Lead | Deadline | Progress | Rating |
				| --- | --- | --- | --- | --- | --- |
				| 1 | Open two family hubs | Ana Lima | June 2025 | Premises found | C |
				| 2 | Recruit social workers | HR | July 2025 | Offers made | A |
				| 3 | Audit case files | Leo Hart | May 2025 | | r |
				""");
		imports.assertValidAndStable("key.md", result);
		assertEquals(Map.of("1", "blue complete", "2", "amber", "3", "red"), states(result), result.text());
		assertTrue(result.text().contains("progress blue \"Premises found\""), result.text());
		// the key itself is kept
		assertTrue(result.text().contains("Key: R = off track, A = some risk, G = on track, C = complete"), result.text());
	}

	@Test
	void aCellThatRatesNothingLeavesTheColumnARating() {
		Importer.Result result = imports.text("brag.md", """
				| Ref | Action | Lead | Due | Assessment |
				| --- | --- | --- | --- | --- |
				| 1 | Hire staff | HR | March 2025 | B |
				| 2 | Open a hub | Ann Lee | May 2025 | A |
				| 3 | Close the office | Ann Lee | May 2025 | N/A |
				""");
		imports.assertValidAndStable("brag.md", result);
		assertEquals(Map.of("1", "blue complete", "2", "amber", "3", ""), states(result), result.text());
		assertTrue(result.text().contains("note \"Assessment: N/A\""), result.text());
	}

	@Test
	void anUpdateAndARatingPerMonth() {
		Importer.Result result = imports.text("months.tsv", String.join("\n", "Improvement plan", "",
				"Ref\tAction\tLead\tDue\tUpdate Sept 2023\tRAG Sept 2023\tUpdate Dec 2023\tRAG Dec 2023",
				"1\tHire staff\tHR\tMarch 2024\tAdvert out\tA\tFour hired\tG",
				"2\tOpen a hub\tAnn Lee\tMay 2024\t\t\tPremises found\tA") + "\n");
		imports.assertValidAndStable("months.tsv", result);
		assertTrue(result.text().contains("progress 2023-09 amber \"Advert out\"\n        progress 2023-12 green \"Four hired\""),
				result.text());
		assertTrue(result.text().contains("progress 2023-12 amber \"Premises found\""), result.text());
		assertEquals(Map.of("1", "green", "2", "amber"), states(result), result.text());
	}

	@Test
	void oneRagColumnBesideQuarterlyUpdatesRatesTheLatest() {
		Importer.Result result = imports.text("current.tsv", String.join("\n", "Improvement plan", "",
				"Ref\tAction\tLead\tDue\tQ1 2024/25 progress\tQ2 2024/25 progress\tCurrent RAG",
				"1\tHire staff\tHR\tMarch 2025\tAdvert out\tFour hired\tG") + "\n");
		imports.assertValidAndStable("current.tsv", result);
		assertTrue(result.text().contains("progress 2024/25-Q1 \"Advert out\"\n        progress 2024/25-Q2 green \"Four hired\""),
				result.text());
		// the quarters date their own updates, not the plan
		assertTrue(!result.text().contains("as of"), result.text());
	}

	private Map<String, String> states(Importer.Result result) {
		Map<String, String> states = new LinkedHashMap<>();
		for (ActionFacts action : imports.facts(result).actions()) {
			states.put(action.ref(), (action.latestRag().map(Rag::getLiteral).orElse("") + " "
					+ action.status().map(Status::getLiteral).orElse("")).strip());
		}
		return states;
	}
}

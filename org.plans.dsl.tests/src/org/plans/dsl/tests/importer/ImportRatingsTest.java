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
 * plan's key says so; a column of other letters stays notes.
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

	private Map<String, String> states(Importer.Result result) {
		Map<String, String> states = new LinkedHashMap<>();
		for (ActionFacts action : imports.facts(result).actions()) {
			states.put(action.ref(), (action.latestRag().map(Rag::getLiteral).orElse("") + " "
					+ action.status().map(Status::getLiteral).orElse("")).strip());
		}
		return states;
	}
}

package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.plans.dsl.importer.Importer;

/**
 * The Welsh half of a plan written in Welsh and English is kept in the plan, as a note of what
 * its English half became: the title's in the plan, a heading's in its block (once, however
 * often the heading is repeated), a cell's in its action or measure; a header's is not.
 */
public class ImportWelshTest extends ImportCase {

	private static final String PLAN = """
			# Cynllun Gwella / Improvement Plan

			## Blaenoriaeth 1: Diogelu / Priority 1: Safeguarding

			| Cyf / Ref | Cam gweithredu / Action | Arweinydd / Lead | Dyddiad targed / Target date |
			| --- | --- | --- | --- |
			| 1.1 | Adolygu ymarfer / Review practice | Ann Lee | Ebrill 2024 / April 2024 |

			## Blaenoriaeth 1: Diogelu / Priority 1: Safeguarding

			| Cyf / Ref | Cam gweithredu / Action | Arweinydd / Lead | Dyddiad targed / Target date |
			| --- | --- | --- | --- |
			| 1.2 | Audit every file | Ann Lee | May 2024 |

			| Mesur / Measure | Llinell sylfaen / Baseline | Targed / Target |
			| --- | --- | --- |
			| Diogelu plant / Children safeguarded | 40% | 60% by March 2025 |
			""";

	@Test
	void theWelshHalfIsANoteOfWhatTheEnglishHalfBecame() throws IOException {
		Importer.Result result = imports.text("cynllun.md", PLAN);
		String text = result.text();
		imports.assertValidAndStable("cynllun.md", result);
		assertTrue(PlanBlocks.of(text, "plan ").contains("note \"Cymraeg: Cynllun Gwella\""), text);
		assertTrue(PlanBlocks.of(text, "action 1.1 ").contains("note \"Cymraeg: Adolygu ymarfer\"\n"), text);
		assertTrue(PlanBlocks.of(text, "action 1.1 ").contains("note \"Cymraeg: Ebrill 2024\"\n"), text);
		assertTrue(PlanBlocks.of(text, "measure ").contains("note \"Cymraeg: Diogelu plant\""), text);
		// the heading written twice is one block, with its Welsh once
		assertEquals(1, text.split("Cymraeg: Blaenoriaeth 1: Diogelu", -1).length - 1, text);
		assertTrue(PlanBlocks.of(text, "priority 1 ").contains("note \"Cymraeg: Blaenoriaeth 1: Diogelu\""), text);
		// the headers' Welsh names columns, not the plan's content
		assertTrue(!text.contains("Cam gweithredu") && !text.contains("Arweinydd") && !text.contains("Llinell"), text);
		// placed text, not text the importer could not place
		assertEquals(0, result.summary().notes(), text);
	}
}

package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.ReviewPage;
import org.plans.dsl.importer.RowFate;

/**
 * Measure tables as councils lay them out — baseline, dated targets, position and a verdict
 * column; quarters across the page — become measures with baselines, milestones, positions and
 * the block's target; "What inspectors found" becomes findings. None of it becomes an action or
 * a lead.
 */
public class ImportMeasuresTest extends ImportCase {

	@Test
	void baselineTargetsAndPositionWithAVerdict() throws IOException {
		Importer.Result result = imports.text("ashby.md", """
				# Ashby Borough Council – Children's Services Improvement Plan

				Outcome 1: Children are safer because practice is good

				| Ref | Action | Lead | By when |
				| --- | --- | --- | --- |
				| 1.1 | Run monthly thematic audits | Ines Varga, Head of Quality Assurance | March 2024 |

				| Measure | Baseline (Nov 2022) | Target for Sept 2023 | Target for Sept 2024 | Position | Progress relative to targets |
				| --- | --- | --- | --- | --- | --- |
				| Audited cases judged good or better | 38% | 55% | 70% | 49% in Q2 2023/24 | Below target |
				| Re-referrals within 12 months | 27% | 24% | no more than 20% | 22% at Dec 2023 | On track |
				| Average caseload per social worker | 24 | 20 | 18 | Not yet measured | |
				""");
		imports.assertValidAndStable("ashby.md", result);
		Imports.assertMatchesGolden("import/measures/ashby.md.plan", result.text());
		String text = result.text();
		assertEquals(1, result.summary().actions(), result.summary().toString());
		assertEquals(3, result.summary().rows().get(RowFate.Fate.MEASURE), result.summary().toString());
		assertTrue(text.contains("baseline 38% at 2022-11"), text);
		assertTrue(text.contains("milestone 55% by 2023-09"), text);
		assertTrue(text.contains("position 49% at 2023/24-Q2 below-target"), text);
		assertTrue(text.contains("unit % lower is better"), text);
		// the table ends the document after the last block's actions: the plan's measures, their targets milestones
		assertTrue(text.contains("milestone <= 20% by 2024-09"), text);
		assertFalse(text.contains("target re-referrals-12-months"), text);
		// the measure table makes no leads: the only role is the action's lead's
		assertEquals(List.of("role head-quality-assurance \"Head of Quality Assurance\""),
				text.lines().filter(l -> l.startsWith("role ") || l.startsWith("team ")).toList());
		assertFalse(text.contains("action \"Audited"), text);
	}

	@Test
	void quartersAcrossThePageInTheYearAbove() throws IOException {
		Importer.Result result = imports.text("brayford.tsv", String.join("\n", "Brayford Council improvement plan", "",
				"Priority 2: Permanence for children in care",
				"No\tAction\tLead Officer\tTimescale",
				"2.1\tTrack every plan for permanence at panel\tSM Permanence\tJune 2024",
				"Performance 2024/25",
				"Indicator\tBaseline\tTarget\tQ1\tQ2\tQ3\tQ4",
				"Children adopted within 18 months\t52%\t65%\t55%\t58%\t\t",
				"Average days from care to adoption\t510 days\t426 days\t498 days\t470 days\t\t",
				"In-house foster carers recruited\t0\t12\t3\t5\t\t") + "\n");
		imports.assertValidAndStable("brayford.tsv", result);
		Imports.assertMatchesGolden("import/measures/brayford.tsv.plan", result.text());
		String text = result.text();
		assertEquals(1, result.summary().actions(), result.summary().toString());
		assertTrue(text.contains("position 58% at 2024/25-Q2"), text);
		assertTrue(text.contains("position 470 days at 2024/25-Q2"), text);
		// "Target" in a table of 2024/25 is the target for that year; the table ends the plan, so it is a milestone
		assertTrue(text.contains("milestone 426 days by 2024/25"), text);
		assertTrue(text.contains("note \"Baseline: 52%\""), text);
	}

	@Test
	void aMeasureTableInsideItsBlockGivesTheBlockItsTarget() throws IOException {
		Importer.Result result = imports.text("greyfriars.md", """
				# Greyfriars Council improvement plan

				Priority 1: Stable placements

				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 1.1 | Recruit foster carers for teenagers | Fostering Team | March 2025 |

				| Measure | Baseline (March 2024) | Target March 2025 | Position at September 2024 |
				| --- | --- | --- | --- |
				| Children with three or more moves in a year | 11% | no more than 8% | 10% |

				Priority 2: Care leavers

				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 2.1 | Offer every care leaver a personal adviser by 18 | Leaving Care Team | June 2025 |

				| Measure | Baseline (March 2024) | Target March 2025 | Position at September 2024 |
				| --- | --- | --- | --- |
				| Care leavers in suitable accommodation | 84% | at least 92% | 88% |
				""");
		imports.assertValidAndStable("greyfriars.md", result);
		String text = result.text();
		// the first table stands inside priority 1; so the plan puts its measures block by block, and the last is priority 2's
		assertTrue(text.matches("(?s).*priority 1 \"Stable placements\" \\{\\s+target children-three-moves <= 8% by 2025-03.*"),
				text);
		assertTrue(text.matches("(?s).*priority 2 \"Care leavers\" \\{\\s+target care-leavers-suitable >= 92% by 2025-03.*"),
				text);
	}

	@Test
	void measuresThatEndTheDocumentAreThePlansUnlessTheirReferencesSayWhose() throws IOException {
		Importer.Result result = imports.text("hallam.md", """
				# Hallam Council improvement plan

				Priority 1: Early help

				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 1.1 | Open family hubs in every district | Early Help Team | March 2025 |

				Priority 2: Education of children in care

				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 2.1 | Review every personal education plan termly | Virtual School | Termly |
				| 2.2 | Fund tutoring for children in care in year 11 | Virtual School | September 2025 |

				Measures of success

				| Ref | Measure | Baseline 2023/24 | Target 2025/26 | Position Q2 2024/25 |
				| --- | --- | --- | --- | --- |
				| 1 | Families helped by a hub | 900 | 1500 | 1050 |
				| 2.2 | Children in care with a tutor in year 11 | 20% | 60% | 35% |
				| | Children's centres open at weekends | 8 | 12 | 9 |
				""");
		imports.assertValidAndStable("hallam.md", result);
		String text = result.text();
		// "1" names priority 1, "2.2" names an action; a row with no reference is the plan's: a milestone, no block's target
		assertTrue(text.matches("(?s).*priority 1 \"Early help\" \\{\\s+target families-helped-hub >= 1500 by 2025/26.*"),
				text);
		assertTrue(text.matches("(?s).*action 2.2 [^{]*\\{[^}]*target children-care-tutor >= 60% by 2025/26.*"), text);
		assertTrue(text.contains("milestone 12 by 2025/26"), text);
		assertFalse(text.matches("(?s).*priority 2 [^{]*\\{\\s+target.*"), text);
	}

	@Test
	void sidewaysMeasureTablesAreReadTurned() throws IOException {
		Importer.Result result = imports.text("ingleby.md", """
				# Ingleby Council improvement plan

				Priority 1: Timely help

				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 1.1 | Triage every contact within a day | MASH Team | March 2025 |

				| Year | Re-referrals within 12 months | Average caseload |
				| --- | --- | --- |
				| Baseline 2022/23 | 27% | 23 |
				| 2023/24 | 25% | 21 |
				| Target 2024/25 | 20% | 18 |

				Priority 2: Permanence

				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 2.1 | Track every plan for permanence | Permanence Team | June 2025 |

				| | Children adopted within 18 months | Special guardianship orders |
				| --- | --- | --- |
				| Baseline (April 2024) | 52% | 14 |
				| Target (March 2025) | 65% | 20 |
				| Position (September 2024) | 55% | 16 |
				""");
		imports.assertValidAndStable("ingleby.md", result);
		Imports.assertMatchesGolden("import/measures/ingleby.md.plan", result.text());
		String text = result.text();
		assertEquals(2, result.summary().actions(), result.summary().toString());
		assertEquals(4, text.split("\nmeasure ").length - 1, text);
		assertTrue(text.contains("measure re-referrals-12-months \"Re-referrals within 12 months\" unit % lower is better {"),
				text);
		assertTrue(text.contains("baseline 27% at 2022/23"), text);
		assertTrue(text.contains("position 25% at 2023/24"), text);
		assertTrue(text.contains("target re-referrals-12-months <= 20% by 2024/25"), text);
		assertTrue(text.contains("baseline 52% at 2024-04"), text);
		assertTrue(text.contains("position 16 at 2024-09"), text);
		// the first table stood inside priority 1, so the last one is priority 2's
		assertTrue(text.contains("target special-guardianship-orders >= 20 by 2025-03"), text);
		// every source row of the sideways tables is accounted for: two headers, six measure rows
		assertEquals(6, result.summary().rows().get(RowFate.Fate.MEASURE), result.summary().toString());
		assertFalse(text.contains("action \"Baseline"), text);
	}

	@Test
	void whatInspectorsFoundBecomesFindings() throws IOException {
		Importer.Result result = imports.text("corbridge.md", """
				# Corbridge improvement plan

				What inspectors found: Too many children wait for an assessment

				| What inspectors found | What we will do | Lead | Deadline |
				| --- | --- | --- | --- |
				| Supervision is not always regular | Introduce a supervision tracker | Pat Moyo (TM) | April 2024 |
				| Supervision is not always regular | Audit supervision quarterly | Pat Moyo (TM) | Quarterly |
				| Plans lack clear timescales | Revise the plan template | Lee Chan | May 2024 |
				""");
		imports.assertValidAndStable("corbridge.md", result);
		String text = result.text();
		assertTrue(text.contains("finding f1 \"Too many children wait for an assessment\""), text);
		assertTrue(text.contains("finding f2 \"Supervision is not always regular\""), text);
		assertTrue(text.contains("finding f3 \"Plans lack clear timescales\""), text);
		assertEquals(2, text.split("addresses f2").length - 1, text);
		assertEquals(3, result.summary().actions(), result.summary().toString());
		// the review page says what each row became, by its id
		String page = ReviewPage.of("corbridge.md", result.summary(), result.rows());
		assertTrue(page.contains("actions: <b>action &quot;Introduce a supervision tracker&quot;</b>")
				|| page.contains("actions: <b>action \"Introduce a supervision tracker\"</b>"), page);
	}

	@Test
	void theReviewPageNamesTheActionsAndMeasuresRowsBecame() throws IOException {
		Importer.Result result = imports.text("dunmore.md", """
				# Dunmore improvement plan

				Progress updates from June 2024

				| Ref | Action | Lead | Deadline |
				| --- | --- | --- | --- |
				| 3.2 | Publish the sufficiency strategy | Ama Boateng | June 2024 |

				| Measure | Baseline (2023/24) | Target (2024/25) | Position (Q1 2024/25) |
				| --- | --- | --- | --- |
				| Children placed within 20 miles | 64% | 75% | 66% |

				| Measure | Baseline (2023/24) | Target (2024/25) | Position |
				| --- | --- | --- | --- |
				| Care leavers in education, employment or training | 52% | 60% | 55% |
				""");
		imports.assertValidAndStable("dunmore.md", result);
		// a position column that gives no date is at the date the plan reports its progress
		assertTrue(result.text().contains("position 55% at 2024-06"), result.text());
		String page = ReviewPage.of("dunmore.md", result.summary(), result.rows());
		assertTrue(page.contains("actions: <b>action 3.2</b>"), page);
		assertTrue(page.contains("measures: <b>measure children-placed-20-miles</b>"), page);
	}

	@Test
	void aMeasureWrittenInTheSuccessCell() throws IOException {
		Importer.Result result = imports.text("elmbridge.tsv", String.join("\n",
				"Ref\tAction\tLead\tTimescale\tHow will we know",
				"5.1\tStrengthen step-down to early help\tEarly Help Team\tMarch 2025"
						+ "\tRe-referrals within 12 months. Baseline: 27% (Nov 2023). Target for Sept 2024: 24%. "
						+ "Target for March 2025: 20%. Position: 25% in Q2 2024/25 – below target",
				"5.2\tAgree a step-down protocol\tEarly Help Team\tJune 2024\tProtocol signed by partners")
				+ "\n");
		imports.assertValidAndStable("elmbridge.tsv", result);
		String text = result.text();
		assertTrue(text.contains("measure re-referrals-12-months \"Re-referrals within 12 months\" unit % lower is better {"), text);
		assertTrue(text.contains("baseline 27% at 2023-11"), text);
		assertTrue(text.contains("milestone 24% by 2024-09"), text);
		assertTrue(text.contains("position 25% at 2024/25-Q2 below-target"), text);
		assertTrue(text.contains("target re-referrals-12-months <= 20% by 2025-03"), text);
		assertTrue(text.contains("success \"Protocol signed by partners\""), text);
		assertEquals(1, text.split("\nmeasure ").length - 1, text);
	}

	@Test
	void fourDigitCountsAreCountsAndBareYearsInHeadersDateTheirColumn() throws IOException {
		Importer.Result result = imports.text("carrow.md", """
				# Carrow District Council – Early Help Improvement Plan

				Priority 1: Families get help early

				| Ref | Action | Lead | By when |
				| --- | --- | --- | --- |
				| 1.1 | Open four family hubs | Nia Okafor, Head of Early Help | March 2025 |

				| Measure | Baseline (2023) | Target 2025/26 | Current |
				| --- | --- | --- | --- |
				| Families supported by early help | 2000 | 2400 | 2150 (March 2024) |
				| Contacts screened within a day | 1987 | at least 2010 by 2025 | 1990 in 2024 |

				Priority 2: Children are safe

				| Ref | Action | Lead | By when |
				| --- | --- | --- | --- |
				| 2.1 | Review the threshold guide | Nia Okafor | June 2025 |
				""");
		imports.assertValidAndStable("carrow.md", result);
		String text = result.text();
		// 2000, 1987, 2400 are counts, not years; a year is read only in a date position ("by 2025", "(March 2024)")
		for (String line : List.of("baseline 2000 at 2023", "baseline 1987 at 2023", "2400 by 2025/26",
				"position 2150 at 2024-03", "2010 by 2025", "position 1990 at 2024", "unit count")) {
			assertTrue(text.contains(line), line + " in\n" + text);
		}
		// the headers' bare year and financial year date the values: none is left as a note
		for (String header : List.of("Baseline", "Target", "Current")) {
			assertFalse(text.contains("note \"" + header), header + " in\n" + text);
		}
	}
}

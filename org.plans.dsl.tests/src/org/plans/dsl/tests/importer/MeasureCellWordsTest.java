package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plans.dsl.importer.detect.MeasureValue;

/**
 * A measure table's cell as the Word paper writes a point (value, date or period, label,
 * verdict and RAG, its own words last in quotes), and a council's own cells that only look alike.
 */
class MeasureCellWordsTest {

	@Test
	void aPointAsThePaperWritesIt() {
		MeasureValue value = MeasureValue.read("61% at 2022-03 for north: on track “Cared for plans (\"CfP\")”");
		assertEquals("61%", value.quantity());
		assertEquals("2022-03", value.date());
		assertEquals("north", value.label());
		assertEquals("on-track", value.verdict());
		assertTrue(value.quoted());
		assertEquals("Cared for plans (\"CfP\")", value.text());
		MeasureValue period = MeasureValue.read("7 over 2022-03-31 to 2022-10-31");
		assertEquals("2022-03-31", period.from());
		assertEquals("2022-10-31", period.date());
		assertTrue(period.saysOnlyValueAndJudgement(), "nothing beyond value and period to keep");
		assertEquals("red", MeasureValue.read("48% at 2022-03 for south: off track, red").rag());
	}

	@Test
	void aCouncilsOwnWordsAreNotReadSo() {
		MeasureValue target = MeasureValue.read("60% for Sept 2021");
		assertNull(target.label());
		assertEquals("2021-09", target.date());
		MeasureValue rated = MeasureValue.read("Audits rated \"good\" in March 2024");
		assertFalse(rated.quoted());
		MeasureValue words = MeasureValue.read("Most audits \"good\"");
		assertFalse(words.quoted(), "the words before the quotes say more than a value");
		assertEquals("Most audits \"good\"", words.text());
		assertNull(MeasureValue.read("Red team at 40%").label());
	}
}

package org.plans.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plans.dsl.linking.EditDistance;

class EditDistanceTest {

	@ParameterizedTest(name = "{0} -> {1} within {2}: {3}")
	@CsvSource({ "sjs, sjs, 2, 0", "sjs, sj, 2, 1", "sjs, sjx, 2, 1", "hos, ohs, 2, 2", "kitten, sitting, 3, 3",
			"kitten, sitting, 2, -1", "ab, abcdef, 3, -1", "'', abc, 3, 3", "recruit, recruitment, 4, 4" })
	void countsEditsUpToTheLimit(String a, String b, int limit, int expected) {
		assertEquals(expected, EditDistance.within(a, b, limit));
		assertEquals(expected, EditDistance.within(b, a, limit));
	}
}

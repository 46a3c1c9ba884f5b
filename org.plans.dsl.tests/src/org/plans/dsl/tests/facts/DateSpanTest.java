package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.DateSpan;

/** What each written form of a date means. */
public class DateSpanTest {

	@ParameterizedTest
	@CsvSource({
			"2019-12-31, 2019-12-31, 2019-12-31, DAY",
			"2019-12,    2019-12-01, 2019-12-31, MONTH",
			"2020-02,    2020-02-01, 2020-02-29, MONTH",
			"2019-Q3,    2019-07-01, 2019-09-30, QUARTER",
			"2019-q1,    2019-01-01, 2019-03-31, QUARTER",
			"2019/20,    2019-04-01, 2020-03-31, FINANCIAL_YEAR",
			"1999/00,    1999-04-01, 2000-03-31, FINANCIAL_YEAR",
			"2019,       2019-01-01, 2019-12-31, YEAR" })
	void meaning(String text, LocalDate first, LocalDate last, DateSpan.Precision precision) {
		DateSpan span = DateSpan.parse(text).orElseThrow();
		assertEquals(first, span.first());
		assertEquals(last, span.last());
		assertEquals(precision, span.precision());
		assertTrue(span.contains(first) && span.contains(last) && !span.contains(last.plusDays(1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-13", "2019-00", "2019-02-30", "2019-04-31", "2019/21", "19", "12345", "", "soon",
			"2019-1", "2019-Q5", "2019-Q0", "2019-X3", "2019/2a", "2019.12", " 2019", "2019 ", "20a9", "2019-12-3x",
			"2019-12/31", "2019_12", "２０１９" })
	void impossibleDates(String text) {
		assertTrue(DateSpan.parse(text).isEmpty(), text);
	}
}

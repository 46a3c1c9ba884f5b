package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/** Reads generated iCalendar text back with ical4j, after checking its line lengths and endings; ical4j's validator must find no error. */
final class Calendars {

	private Calendars() {
	}

	static Calendar parse(String ics) {
		for (String line : ics.split("\r\n", -1)) {
			assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
			assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "bare line break in: " + line);
		}
		assertTrue(ics.endsWith("\r\n"));
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
			ValidationResult result = calendar.validate();
			assertFalse(result.hasErrors(), () -> "ical4j's validator rejects the calendar: " + result.getEntries());
			return calendar;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (ParserException e) {
			throw new AssertionError("ical4j cannot parse the calendar: " + e.getMessage(), e);
		}
	}
}

package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.escaping.Ics;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * {@link Ics}: plan text in an iCalendar TEXT value, written by ical4j (which escapes
 * {@code \ ; ,} and line breaks) and folded by {@link Ics#fold}, reads back as the same text
 * and cannot start a property or component of its own.
 */
public class IcsTest {

	@ParameterizedTest
	@ValueSource(strings = { "a;b", "a,b", "back\\slash", "\\n is not a line break", "one\ntwo", "one\r\ntwo\rthree",
			"Summary\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT", "DESCRIPTION:forged", "x:y;z=1,2",
			"tab\there", "\u0000\u0007control\u007f", "£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀£€😀", "\"quoted\" 'single'" })
	void readsBackAsTheSameText(String hostile) throws IOException, ParserException {
		String value = Ics.text(hostile);
		VToDo todo = new VToDo(false);
		todo.add(new Uid("x@plans"));
		todo.add(new DtStamp(Instant.EPOCH));
		todo.add(new Summary(value));
		todo.add(new Description(value));
		todo.add(new Due<>(LocalDate.of(2025, 3, 31)));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//plans//test//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(todo);
		String ics = Ics.fold(calendar.toString());

		for (String line : ics.split("\r\n")) {
			assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= Ics.MAX_OCTETS, line);
			assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, line);
		}
		assertEquals(1, ics.split("BEGIN:VTODO", -1).length - 1, ics);
		Calendar read = new CalendarBuilder().build(new StringReader(ics));
		VToDo back = read.<VToDo>getComponents(Component.VTODO).get(0);
		assertEquals(value, back.getProperty(Property.SUMMARY).orElseThrow().getValue());
		assertEquals(value, back.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
		assertEquals(1, back.getProperties(Property.DESCRIPTION).size());
	}

	@Test
	void textValues() {
		assertEquals("a\nb\nc d;e,f\\g\uFFFD", Ics.text("a\r\nb\rc\td;e,f\\g\u0000"));
		assertEquals("", Ics.text(null));
	}

	@Test
	void foldsAt75OctetsWithoutSplittingCharacters() {
		String line = "DESCRIPTION:" + "£€😀a".repeat(40);
		String folded = Ics.fold(line + "\r\nEND:VTODO\r\n");
		for (String part : folded.split("\r\n")) {
			assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
		}
		assertEquals(line + "END:VTODO", folded.replace("\r\n ", "").replace("\r\n", ""));
		assertTrue(folded.endsWith("\r\nEND:VTODO\r\n"));
		assertEquals("SHORT:x\r\n", Ics.fold("SHORT:x"));
		assertEquals("A:1\r\nB:2\r\n", Ics.fold("A:1\nB:2\r\n\r\n"));
	}
}

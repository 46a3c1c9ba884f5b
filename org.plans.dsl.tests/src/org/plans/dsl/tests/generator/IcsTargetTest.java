package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;

/** The calendar: what it holds for the example, and that ical4j reads every generated file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class IcsTargetTest {

	@Inject
	private PlanLoader loader;

	private static final List<String> EXAMPLES = Generated.EXAMPLES;

	@ParameterizedTest
	@FieldSource("EXAMPLES")
	void ical4jParsesAndValidatesEveryCalendar(String example, @TempDir Path out) {
		Map<String, String> files = Generated.run(Generated.target("ics"), Generated.context(loader, example, Map.of()), out);
		assertEquals(1, files.size());
		files.values().forEach(Calendars::parse);
	}

	/** Every plan of every example: each calendar written passes ical4j's validator, and a plan without one is named. */
	@Test
	void everyExampleCalendarValidates(@TempDir Path out) {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples()));
		assertEquals(List.of(), TestFiles.errors(loaded));
		List<String> notes = new ArrayList<>();
		List<PlanFacts> plans = PlanFacts.of(loaded.resourceSet());
		Map<String, String> files = Generated.run(Generated.target("ics"),
				new GenerationContext(plans, Optional.empty(), Map.of(), notes::add), out);
		assertTrue(files.size() > 1, files.keySet().toString());
		files.values().forEach(Calendars::parse);
		for (PlanFacts plan : plans) {
			boolean written = files.containsKey(plan.id() + ".ics");
			assertEquals(!written, notes.contains("ics: " + plan.id() + ": no deadlines, milestones or board meetings: no calendar written"),
					plan.id() + " " + notes);
		}
	}

	@Test
	void aPlanWithNothingDatedGetsNoCalendarAndANote(@TempDir Path out) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("c.plan", """
				plan c "C"
				board m "M" meets monthly
				"""));
		assertEquals(List.of(), TestFiles.errors(loaded));
		List<String> notes = new ArrayList<>();
		Map<String, String> files = Generated.run(Generated.target("ics"),
				new GenerationContext(PlanFacts.of(loaded.resourceSet()), Optional.empty(), Map.of(), notes::add), out);
		assertEquals(Map.of(), files, "RFC 5545 wants at least one component: no empty VCALENDAR");
		assertEquals(List.of("ics: c: board m meets monthly but the plan gives no period (covers or issued): no meetings in the calendar",
				"ics: c: no deadlines, milestones or board meetings: no calendar written"), notes);
	}

	@Test
	void todosMilestonesAndMeetings(@TempDir Path out) {
		Calendar calendar = Calendars.parse(Generated
				.run(Generated.target("ics"), Generated.context(loader, Generated.EXAMPLES.get(0), Map.of()), out)
				.get("demo.ics"));
		List<VToDo> todos = calendar.getComponents(Component.VTODO);
		assertEquals(List.of("demo/action/1.1@plans", "demo/action/2a@plans"), todos.stream().map(t -> value(t, Property.UID)).toList(),
				"only actions with a deadline; 1.2 is ongoing, the last is tbc");
		assertEquals("20250331", value(todos.get(0), Property.DUE));
		assertEquals("IN-PROCESS", value(todos.get(0), Property.STATUS));
		assertEquals("20241001T000000Z", value(todos.get(0), Property.DTSTAMP), "DTSTAMP is the plan's as-of date");

		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertEquals(List.of("demo/milestone/caseload/2024-12/25@plans", "demo/milestone/caseload/2025-03/20@plans",
				"demo/board/smt@plans", "demo/board/cpb@plans"), events.stream().map(e -> value(e, Property.UID)).toList(),
				"the milestone repeated in a target's block is one event");
		assertEquals("FREQ=MONTHLY;UNTIL=20251231", value(events.get(2), Property.RRULE));
		assertEquals("FREQ=MONTHLY;UNTIL=20251231;INTERVAL=2", value(events.get(3), Property.RRULE));
		assertEquals("20240701", value(events.get(2), Property.DTSTART), "meetings start when the period covered starts");
	}

	@Test
	void everyCadenceRecursFromTheStartOfThePlan(@TempDir Path out) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("c.plan", """
				plan c "C" { issued 2024-11 covers 2025-01 to 2025-12 as of 2025-01-01 }
				board w "W" meets weekly
				board f "F" meets fortnightly
				board m "M" meets monthly
				board q "Q" meets quarterly
				board t "T" meets termly
				board a "A" meets annually
				board e "E" meets every 6 weeks
				board y "Y" meets every 2 years
				board n "No cadence"
				"""));
		assertEquals(List.of(), TestFiles.errors(loaded));
		GenerationContext context = new GenerationContext(PlanFacts.of(loaded.resourceSet()), Optional.empty(), Map.of());
		Calendar calendar = Calendars.parse(Generated.run(Generated.target("ics"), context, out).get("c.ics"));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertEquals(List.of("FREQ=WEEKLY;UNTIL=20251231", "FREQ=WEEKLY;UNTIL=20251231;INTERVAL=2",
				"FREQ=MONTHLY;UNTIL=20251231", "FREQ=MONTHLY;UNTIL=20251231;INTERVAL=3",
				"FREQ=MONTHLY;UNTIL=20251231;INTERVAL=4", "FREQ=YEARLY;UNTIL=20251231",
				"FREQ=WEEKLY;UNTIL=20251231;INTERVAL=6", "FREQ=YEARLY;UNTIL=20251231;INTERVAL=2"),
				events.stream().map(e -> value(e, Property.RRULE)).toList());
		events.forEach(e -> assertEquals("20250101", value(e, Property.DTSTART)));
	}

	@Test
	void cadencesBecomeRecurrenceRules() {
		assertEquals("FREQ=WEEKLY", recurrence(java.time.Period.ofWeeks(1)));
		assertEquals("FREQ=WEEKLY;INTERVAL=2", recurrence(java.time.Period.ofWeeks(2)));
		assertEquals("FREQ=MONTHLY;INTERVAL=3", recurrence(java.time.Period.ofMonths(3)));
		assertEquals("FREQ=MONTHLY;INTERVAL=4", recurrence(java.time.Period.ofMonths(4)));
		assertEquals("FREQ=MONTHLY;INTERVAL=18", recurrence(java.time.Period.ofMonths(18)));
		assertEquals("FREQ=YEARLY", recurrence(java.time.Period.ofYears(1)));
		assertEquals("FREQ=YEARLY;INTERVAL=2", recurrence(java.time.Period.ofYears(2)));
	}

	private static String recurrence(java.time.Period period) {
		return org.plans.dsl.generator.ics.IcsTarget.recurrence(period);
	}

	private static String value(Component component, String property) {
		return component.getProperty(property).map(Property::getValue).orElse(null);
	}
}

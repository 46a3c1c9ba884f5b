package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * The date forms of the second edition: financial-year quarters, seasons, {@code immediately},
 * {@code about}, and deadlines of whole objectives and priorities.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class DateFormsTest {

	@Inject
	private PlanLoader loader;

	@Inject
	private PlanFormatting formatting;

	@Inject
	private IValueConverterService converters;

	@ParameterizedTest
	@ValueSource(strings = { "2022/23-Q2", "2015-autumn", "2016-winter", "2019/20", "2019-Q3", "2019-12-31", "2019" })
	void datesAreWrittenAsTheyRead(String text) {
		assertEquals(text, converters.toString(text, "DateValue"));
		assertEquals(List.of(), load("plan demo { issued " + text + " }\n").issues().stream()
				.filter(i -> Rule.SYNTAX.code().equals(i.getCode())).map(Issue::getMessage).toList(), "parses");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-fall", "Autumn 2015", "Q2 2022/23", "2019-12 " })
	void otherTextIsNotWrittenAsADate(String text) {
		assertThrows(ValueConverterException.class, () -> converters.toString(text, "DateValue"));
	}

	@ParameterizedTest
	@CsvSource({
			"2022/23-Q1, APRIL,   2022-04-01, 2022-06-30",
			"2022/23-Q2, APRIL,   2022-07-01, 2022-09-30",
			"2022/23-q4, APRIL,   2023-01-01, 2023-03-31",
			"2022/23-Q2, JANUARY, 2022-04-01, 2022-06-30",
			"2022/23-Q1, JULY,    2022-07-01, 2022-09-30",
			"2022/23,    JULY,    2022-07-01, 2023-06-30",
			"2015-autumn, APRIL,  2015-09-01, 2015-11-30",
			"2016-spring, APRIL,  2016-03-01, 2016-05-31",
			"2016-summer, APRIL,  2016-06-01, 2016-08-31",
			"2016-winter, APRIL,  2016-12-01, 2017-02-28" })
	void spans(String text, Month yearStart, LocalDate first, LocalDate last) {
		DateSpan span = DateSpan.parse(text, yearStart).orElseThrow();
		assertEquals(List.of(first, last), List.of(span.first(), span.last()), text);
	}

	@Test
	void precisions() {
		assertEquals(DateSpan.Precision.FINANCIAL_QUARTER, DateSpan.parse("2022/23-Q2").orElseThrow().precision());
		assertEquals(DateSpan.Precision.SEASON, DateSpan.parse("2015-autumn").orElseThrow().precision());
		assertEquals(LocalDate.of(2022, 9, 30), DateSpan.lastDayOf("2022/23-Q2").orElseThrow(), "April by default");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019/21-Q2", "2019/20-Q5", "2019/20-Q0", "2019/20-X2", "2019-fall", "2019-Autumn",
			"2019-autumnx", "2019/20-" })
	void impossible(String text) {
		assertTrue(DateSpan.parse(text).isEmpty(), text);
	}

	private PlanLoader.Loaded load(String text) {
		return loader.loadTexts(Map.of("dates.plan", text));
	}

	private static PlanFacts plan(PlanLoader.Loaded loaded) {
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}

	private static List<Integer> lines(PlanLoader.Loaded loaded, Rule rule) {
		return loaded.issues().stream().filter(i -> rule.code().equals(i.getCode())).map(Issue::getLineNumber).sorted().toList();
	}

	private static List<String> errors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.map(Issue::getMessage).toList();
	}

	private static final String HEADER = """
			plan demo "Demo" {
			    issued 2022-05
			    as of 2022-12-15
			    financial year starts 2022-01
			}
			""";

	@Test
	void financialYearStartsWhereThePlanSays() {
		PlanLoader.Loaded loaded = load(HEADER + """
				priority 1 "P" {
				    action 1.1 "A" { due 2022/23-Q2 }
				    action 1.2 "B" { due 2022/23 }
				}
				""");
		assertEquals(List.of(), errors(loaded));
		PlanFacts plan = plan(loaded);
		assertEquals(Month.JANUARY, plan.calendar().financialYearStart());
		assertEquals(Optional.of(LocalDate.of(2022, 6, 30)), plan.actions().get(0).deadline());
		assertEquals(Optional.of(LocalDate.of(2022, 12, 31)), plan.actions().get(1).deadline());
		assertEquals(List.of(7), lines(loaded, Rule.OVERDUE), "2022/23-Q2 ended in June with years from January");
	}

	@Test
	void immediatelyIsTheIssueDate() {
		PlanLoader.Loaded loaded = load(HEADER + """
				priority 1 "P" {
				    action 1.1 "A" {
				        start immediately
				        due immediately
				    }
				    action 1.2 "B" { due immediately and ongoing }
				}
				""");
		assertEquals(List.of(), errors(loaded));
		ActionFacts now = plan(loaded).actions().get(0);
		assertTrue(now.due().immediately());
		assertEquals(Optional.of(LocalDate.of(2022, 5, 31)), now.deadline());
		assertEquals(Optional.of(LocalDate.of(2022, 5, 1)), now.start().firstDay());
		assertEquals("immediately (2022-05)", now.due().describe());
		assertEquals("immediately", now.due().written());
		assertEquals(List.of(9), lines(loaded, Rule.OVERDUE), "overdue from the issue date; the ongoing one never");
		assertTrue(loaded.issues().stream().filter(i -> Rule.OVERDUE.code().equals(i.getCode()))
				.allMatch(i -> i.getMessage().startsWith("Action 1.1 was due immediately (2022-05) and")),
				"the overdue message says 'due immediately', not 'due by immediately'");
		assertEquals(List.of(), lines(loaded, Rule.OUTSIDE_PLAN_PERIOD));
	}

	@Test
	void immediatelyWithoutIssueDateIsNoDeadline() {
		PlanLoader.Loaded loaded = load("plan demo { as of 2030-01 }\npriority 1 \"P\" { action 1.1 \"A\" { due immediately } }\n");
		ActionFacts action = plan(loaded).actions().get(0);
		assertEquals(Optional.empty(), action.deadline());
		assertEquals(List.of(), lines(loaded, Rule.OVERDUE));
		assertEquals(List.of(), lines(loaded, Rule.ACTION_WITHOUT_DEADLINE), "a deadline was given");
	}

	@Test
	void aboutIsApproximateAndJudgedAtTheMonthsEnd() {
		PlanLoader.Loaded loaded = load("""
				plan demo { as of 2022-03-31 }
				priority 1 "P" {
				    action 1.1 "A" { due about 2022-03 }
				    action 1.2 "B" { due about 2022-03-10 }
				    action 1.3 "C" { due about 2022-02 }
				}
				""");
		assertEquals(List.of(), errors(loaded));
		List<ActionFacts> actions = plan(loaded).actions();
		assertTrue(actions.get(0).due().approximate());
		assertEquals("about 2022-03", actions.get(0).due().describe());
		assertEquals(Optional.of(LocalDate.of(2022, 3, 31)), actions.get(1).deadline(), "a day is judged at its month's end");
		assertFalse(actions.get(1).isOverdue(LocalDate.of(2022, 3, 31)));
		assertEquals(List.of(5), lines(loaded, Rule.OVERDUE));
		assertTrue(loaded.issues().stream().filter(i -> Rule.OVERDUE.code().equals(i.getCode()))
				.allMatch(i -> i.getMessage().contains("approximately")));
	}

	private static final String BLOCKS = """
			plan demo "Demo" {
			    covers 2019-04 to 2020-03
			    as of 2019-12-31
			}
			person sjs "Sarah-Jane Smedmor"
			priority 1 "P" {
			    due 2020-03
			    lead sjs
			    objective 1.2 "O" {
			        due 2019-autumn
			        action 1.2.1 "Takes the objective's"
			        action 1.2.2 "Own" { due 2020-02 }
			    }
			    action 1.3 "Takes the priority's"
			}
			priority 2 "Q" {
			    lead sjs
			    objective "No deadline" { action 2.1 "None" }
			}
			""";

	@Test
	void actionsInheritTheDeadlineOfTheirBlock() {
		PlanLoader.Loaded loaded = load(BLOCKS);
		assertEquals(List.of(), errors(loaded));
		List<ActionFacts> actions = plan(loaded).actions();
		ActionFacts inherits = actions.get(0);
		assertTrue(inherits.due().isInherited());
		assertEquals("objective 1.2", inherits.due().ownerLabel());
		assertEquals("2019-autumn (inherited from objective 1.2)", inherits.due().describe());
		assertEquals(Optional.of(LocalDate.of(2019, 11, 30)), inherits.deadline());
		assertFalse(actions.get(1).due().isInherited());
		assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), actions.get(1).deadline());
		assertEquals("2020-03 (inherited from priority 1)", actions.get(2).due().describe());
		assertFalse(actions.get(3).due().isGiven());
		assertEquals(List.of(11), lines(loaded, Rule.OVERDUE), "reported on the action that inherits");
		assertEquals(List.of(18), lines(loaded, Rule.ACTION_WITHOUT_DEADLINE), "only the action with none at all");
		assertEquals("2019-autumn", plan(loaded).objectiveFacts().get(0).due().written());
		assertEquals("2020-03", plan(loaded).priorityFacts().get(0).due().written());
	}

	@Test
	void blockDeadlinesAndSeasonsAreCheckedAgainstThePeriod() {
		PlanLoader.Loaded loaded = load(BLOCKS.replace("due 2019-autumn", "due 2018-winter").replace("due 2020-03\n",
				"due 2020-summer\n"));
		assertEquals(List.of(7, 10), lines(loaded, Rule.OUTSIDE_PLAN_PERIOD),
				"2020-summer starts after 2020-03; 2018-winter ends in 2019-02, before 2019-04");
		PlanLoader.Loaded inside = load(BLOCKS.replace("due 2019-autumn", "due 2019/20-Q2"));
		assertEquals(List.of(), lines(inside, Rule.OUTSIDE_PLAN_PERIOD));
	}

	@Test
	void calendarQuartersInAPlanThatCountsFinancialQuarters() {
		String plan = """
				plan demo "Plan 2022/23" {
				    financial year starts 2022-07
				}
				priority 1 "P" {
				    description "Done by Q1 of 2022/23"
				    action 1.1 "A" { due 2022-Q3 }
				    action 1.2 "B" { due 2022/23-Q1 }
				}
				""";
		PlanLoader.Loaded loaded = load(plan);
		assertEquals(List.of(6), lines(loaded, Rule.CALENDAR_QUARTER_IN_FINANCIAL_PLAN));
		assertTrue(loaded.issues().stream().anyMatch(i -> i.getMessage().contains("write 2022/23-Q1")),
				loaded.issues().toString());
		assertEquals(List.of(), lines(load(plan.replace("Done by Q1 of 2022/23", "Done by autumn")),
				Rule.CALENDAR_QUARTER_IN_FINANCIAL_PLAN), "no financial quarters in the text");
	}

	@Test
	void formattingKeepsEveryForm() throws Exception {
		String messy = """
				plan demo "Demo" {  financial   year starts 2024-01
				issued 2022-05 }
				priority 1 "P" { due   2022/23-Q2
				objective 1.1 "O" { due about    2015-autumn
				action 1.1.1 "A" { start immediately due immediately and ongoing }
				} }
				""";
		PlanFormatting.Result once = formatting.format(messy, "dates.plan");
		assertEquals(List.of(), once.syntaxErrors());
		assertEquals(once.text(), formatting.format(once.text(), "dates.plan").text(), "formatting twice changes nothing");
		assertEquals(PlanFormatting.withoutWhitespace(messy), PlanFormatting.withoutWhitespace(once.text()));
		assertTrue(once.text().contains("    financial year starts 2024-01\n"), once.text());
		assertTrue(once.text().contains("        due about 2015-autumn\n"), once.text());
	}

	@Test
	void theConstructsExampleUsesEveryForm() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve("constructs/dates.plan")));
		assertEquals(List.of(), errors(loaded));
		PlanFacts plan = plan(loaded);
		Map<String, String> byRef = new java.util.LinkedHashMap<>();
		plan.actions().forEach(a -> byRef.put(a.ref(), a.due().describe() + " -> " + a.deadline().map(Object::toString).orElse("-")));
		assertEquals("2019/20-Q2 -> 2019-09-30", byRef.get("1.18"));
		assertEquals("2019-autumn -> 2019-11-30", byRef.get("1.19"));
		assertEquals("2019-winter -> 2020-02-29", byRef.get("1.20"));
		assertEquals("immediately (2019-05) -> 2019-05-31", byRef.get("1.21"));
		assertEquals("about 2019-12 -> 2019-12-31", byRef.get("1.23"));
		assertEquals("2019-spring (inherited from objective 2.1) -> 2019-05-31", byRef.get("2.1.1"));
		assertEquals("2019-summer -> 2019-08-31", byRef.get("2.1.2"));
		assertEquals("2020-03 (inherited from priority 2) -> 2020-03-31", byRef.get("2.2"));
		assertEquals(List.of(), lines(loaded, Rule.ACTION_WITHOUT_DEADLINE));
	}
}

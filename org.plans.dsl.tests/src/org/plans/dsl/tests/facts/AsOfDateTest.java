package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.AsOfDate.Origin;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** The one "as of" resolver: the caller's date, else the plan's, else none, and never today. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class AsOfDateTest {

	private static final String ACTIONS = """
			priority 1 "Workforce" {
			    action 1.1 "Late" { due 2024-06 progress 2024-05 amber }
			    action 1.2 "Soon" { due 2024-11 progress 2024-08-15 green }
			    action 1.3 "Later" { due 2025-06 }
			}
			""";

	@Inject
	private PlanLoader loader;

	private PlanFacts plan(String header) {
		return PlanFacts.of(loader.loadTexts(Map.of("demo.plan", header + "\n" + ACTIONS)).resourceSet()).get(0);
	}

	@Test
	void theCallersDateWinsOverThePlans() {
		PlanFacts plan = plan("plan demo { as of 2024-10 }");
		AsOfDate caller = AsOfDate.of(Optional.of(LocalDate.of(2025, 1, 1)), plan);
		assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), caller.day());
		assertEquals(Origin.CALLER, caller.origin());
		AsOfDate own = AsOfDate.of(Optional.empty(), plan);
		assertEquals(Optional.of(LocalDate.of(2024, 10, 31)), own.day(), "a month means its last day");
		assertEquals(Origin.PLAN, own.origin());
		assertEquals(own.day(), AsOfDate.of(plan).day());
	}

	@Test
	void withADateOverdueAndDueSoonAreJudged() {
		AsOfDate asOf = AsOfDate.of(plan("plan demo { as of 2024-10-01 }"));
		assertEquals(List.of("1.1"), asOf.overdue().stream().map(ActionFacts::ref).toList());
		assertEquals(List.of("1.2"), asOf.dueWithin(90).stream().map(ActionFacts::ref).toList());
		assertEquals(Optional.of(LocalDate.of(2024, 12, 30)), asOf.until(90));
		assertTrue(asOf.isOverdue(asOf.overdue().get(0)));
	}

	@Test
	void withoutADateNothingIsJudged() {
		PlanFacts plan = plan("plan demo");
		AsOfDate none = AsOfDate.of(plan);
		assertFalse(none.isGiven());
		assertEquals(Origin.NONE, none.origin());
		assertEquals(List.of(), none.overdue());
		assertEquals(List.of(), none.dueWithin(10_000));
		assertEquals(Optional.empty(), none.until(90));
		plan.actions().forEach(a -> assertFalse(none.isOverdue(a), a.ref()));
	}

	@Test
	void aStampIsTheAsOfDayElseTheLatestProgressElseTheStartNeverToday() {
		assertEquals(LocalDate.of(2024, 10, 1), AsOfDate.of(plan("plan demo { as of 2024-10-01 }")).stamp());
		assertEquals(LocalDate.of(2024, 8, 15), AsOfDate.of(plan("plan demo")).stamp(), "the latest progress date");
		PlanFacts noProgress = PlanFacts.of(loader.loadTexts(Map.of("demo.plan",
				"plan demo { issued 2023-05 }\npriority 1 \"Workforce\" { action 1.1 \"A\" { due 2024-06 } }"))
				.resourceSet()).get(0);
		assertEquals(LocalDate.of(2023, 5, 1), AsOfDate.of(noProgress).stamp(), "the day the plan was issued");
		PlanFacts nothing = PlanFacts.of(loader.loadTexts(Map.of("demo.plan", "plan demo")).resourceSet()).get(0);
		assertEquals(LocalDate.EPOCH, AsOfDate.of(nothing).stamp());
	}
}

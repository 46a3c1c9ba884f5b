package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.ObjectiveFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.PriorityKind;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** Priority and objective facts: what they say, and the one outline of the plan that outputs read. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class OutlineFactsTest {

	private static final String FIRST = """
			plan demo
			person ana "Ana Patel"
			person ben "Ben Ode"
			person cy "Cy Lowe"
			recommendation r1 "Recruit more social workers"
			recommendation r2 "Reduce caseloads"
			priority 1 "Workforce" {
			    sponsor ana
			    lead ben
			    outcome "A stable workforce"
			    addresses r1
			    note "Reviewed monthly"
			    action 1.1 "Direct, before the objectives" { due 2025-01 progress 2024-09 red }
			    objective 1a "Recruit" {
			        lead cy
			        description "More recruitment days"
			        addresses r2
			        action 1.2 "Recruitment days" { due 2025-03 progress 2024-09 green }
			        action 1.3 "Adverts" { lead ana due 2024-12 status complete }
			    }
			    objective "Retain" {
			        action 1.4 "Exit interviews" { due 2025-06 }
			    }
			    action 1.5 "Direct, after the objectives" { status cancelled }
			}
			""";

	private static final String SECOND = """
			plan demo
			workstream B "Quality" {
			    objective "Audit" {
			        action B1 "Audit cases" { lead ben status complete }
			    }
			}
			""";

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		PlanLoader.Loaded loaded = loader.loadTexts(new TreeMap<>(Map.of("a.plan", FIRST, "b.plan", SECOND)));
		plan = PlanFacts.of(loaded.resourceSet()).get(0);
		assertEquals(2, plan.files().size(), "both files belong to the plan");
	}

	@Test
	void prioritiesAndObjectivesAreInTheOrderWritten() {
		List<PriorityFacts> priorities = plan.priorityFacts();
		assertEquals(List.of("1", "B"), priorities.stream().map(PriorityFacts::ref).toList());
		assertEquals(List.of(PriorityKind.PRIORITY, PriorityKind.WORKSTREAM),
				priorities.stream().map(PriorityFacts::kind).toList());
		assertEquals(List.of("Recruit", "Retain", "Audit"), plan.objectiveFacts().stream().map(ObjectiveFacts::title).toList());
		assertEquals(plan.priorityFacts().stream().map(PriorityFacts::priority).toList(), plan.priorities());
		assertEquals(plan.objectiveFacts().stream().map(ObjectiveFacts::objective).toList(), plan.objectives());
	}

	@Test
	void theOutlineHoldsEveryActionOnceInDocumentOrder() {
		List<ActionFacts> fromOutline = new ArrayList<>();
		plan.priorityFacts().forEach(p -> fromOutline.addAll(p.actions()));
		assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "B1"), fromOutline.stream().map(ActionFacts::ref).toList());
		assertEquals(plan.actions(), fromOutline);
		for (int i = 0; i < fromOutline.size(); i++) {
			assertSame(plan.actions().get(i), fromOutline.get(i), "the outline and actions() share the same facts");
		}
	}

	@Test
	void aPriorityKnowsItsDirectActionsAndItsObjectivesTheirs() {
		PriorityFacts workforce = plan.priorityFacts().get(0);
		assertEquals(List.of("1.1", "1.5"), workforce.directActions().stream().map(ActionFacts::ref).toList());
		assertEquals(List.of("1.2", "1.3"), workforce.objectives().get(0).actions().stream().map(ActionFacts::ref).toList());
		assertEquals(workforce.directActions(), plan.directActionsOf(workforce.priority()));
		assertEquals(workforce.actions(), plan.actionsOf(workforce.priority()));
		ObjectiveFacts recruit = workforce.objectives().get(0);
		assertEquals(recruit.actions(), plan.actionsOf(recruit.objective()));
		assertSame(recruit.objective(), recruit.actions().get(0).objective());
		assertSame(workforce.priority(), recruit.actions().get(0).priority());
		assertSame(workforce.priority(), recruit.priority());
	}

	@Test
	void objectivesAreNumberedWithinTheirPriority() {
		assertEquals(List.of(1, 2, 1), plan.objectiveFacts().stream().map(ObjectiveFacts::position).toList());
		assertEquals(List.of("1a", "", ""), plan.objectiveFacts().stream().map(ObjectiveFacts::ref).toList());
	}

	@Test
	void whatAPriorityAndAnObjectiveSay() {
		PriorityFacts workforce = plan.priorityFacts().get(0);
		assertEquals(List.of("ana"), names(workforce.sponsors()));
		assertEquals(List.of("ben"), names(workforce.leads()));
		assertEquals(List.of("A stable workforce"), workforce.texts(TextKind.OUTCOME));
		assertEquals(List.of(), workforce.texts(TextKind.DESCRIPTION));
		assertEquals(List.of("r1"), workforce.addresses().stream().map(Source::getName).toList());
		assertEquals(List.of("Reviewed monthly"), workforce.notes());
		ObjectiveFacts recruit = workforce.objectives().get(0);
		assertEquals(List.of("cy"), names(recruit.leads()));
		assertEquals(List.of("More recruitment days"), recruit.texts(TextKind.DESCRIPTION));
		assertEquals(List.of("r2"), recruit.addresses().stream().map(Source::getName).toList());
		assertEquals(List.of(), workforce.objectives().get(1).leads());
	}

	@Test
	void actionsInAnObjectiveFallBackToItsLeadsThenThePriorities() {
		PriorityFacts workforce = plan.priorityFacts().get(0);
		assertEquals(List.of("ben"), names(workforce.directActions().get(0).leads()));
		assertEquals(List.of("cy"), names(workforce.objectives().get(0).actions().get(0).leads()));
		assertEquals(List.of("ana"), names(workforce.objectives().get(0).actions().get(1).leads()));
		assertEquals(List.of("ben"), names(workforce.objectives().get(1).actions().get(0).leads()));
	}

	@Test
	void deadlinesClosureAndRagOverAPrioritysActions() {
		PriorityFacts workforce = plan.priorityFacts().get(0);
		assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), workforce.latestDeadline());
		assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), workforce.objectives().get(0).latestDeadline());
		assertFalse(workforce.isClosed());
		assertTrue(plan.priorityFacts().get(1).isClosed(), "its only action is complete");
		assertFalse(workforce.objectives().get(1).isClosed(), "its only action is open");
		assertEquals(1, workforce.ragCounts().count(Rag.RED), "red is the Rag enum's first literal");
		assertEquals(1, workforce.ragCounts().count(Rag.GREEN));
		assertEquals(3, workforce.ragCounts().unrated());
	}

	@Test
	void lookupsGiveTheSameFacts() {
		for (PriorityFacts priority : plan.priorityFacts()) {
			assertSame(priority, plan.priority(priority.priority()).orElseThrow());
		}
		for (ObjectiveFacts objective : plan.objectiveFacts()) {
			assertSame(objective, plan.objective(objective.objective()).orElseThrow());
		}
	}

	private static List<String> names(List<Party> parties) {
		return parties.stream().map(Party::getName).toList();
	}
}

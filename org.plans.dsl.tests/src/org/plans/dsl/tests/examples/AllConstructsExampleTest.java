package org.plans.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.plans.Unit;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** Reads the example that shows every construct and checks what the model says. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class AllConstructsExampleTest {

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve("constructs/all-constructs.plan")));
		assertEquals(List.of(), TestFiles.errors(loaded));
		plan = PlanFacts.of(loaded.resourceSet()).get(0);
	}

	@Test
	void header() {
		assertEquals("demo", plan.id());
		assertEquals("Demo Council Improvement Plan", plan.title());
		assertEquals("Demo Council", plan.text(PlanTextKind.ORGANISATION).orElseThrow());
		assertEquals(LocalDate.of(2024, 10, 1), plan.asOf().orElseThrow());
		assertEquals(LocalDate.of(2025, 12, 31), plan.coversTo().orElseThrow().last());
		assertEquals("This plan responds to the inspection of May 2024.\n- It is monitored monthly.\n- It is refreshed each year.",
				plan.text(PlanTextKind.INTRODUCTION).orElseThrow());
	}

	@Test
	void peopleAndRoles() {
		Person ana = (Person) plan.parties().get(0);
		assertEquals("Ana Patel", ana.getTitle());
		assertEquals("hos", ana.getRoles().get(0).getName());
		assertEquals(3, ana.getContacts().size());
		assertEquals(5, plan.parties().size());
	}

	@Test
	void actionFacts() {
		List<ActionFacts> actions = plan.actions();
		assertEquals(List.of("1.1", "1.2", "2a", ""), actions.stream().map(ActionFacts::ref).toList());
		ActionFacts first = actions.get(0);
		assertEquals(List.of("ana", "hr"), first.leads().stream().map(p -> p.getName()).toList());
		assertEquals(LocalDate.of(2025, 3, 31), first.deadline().orElseThrow());
		assertEquals(Rag.AMBER, first.latestRag().orElseThrow());
		assertEquals(Status.IN_PROGRESS, first.status().orElseThrow());
		assertFalse(first.isOverdue(plan.asOf().orElseThrow()));
		assertTrue(first.isOverdue(LocalDate.of(2025, 4, 1)));
		assertEquals(List.of("workforce", "recruitment drive"), first.tags());

		ActionFacts second = actions.get(1);
		assertTrue(second.isComplete());
		assertTrue(second.due().isOpenEnded());
		assertEquals("from 2024-09 and ongoing", second.due().describe());
		assertEquals("1.1", second.dependsOn().get(0).getName());

		assertEquals("2025-03 and quarterly", actions.get(2).due().describe());
		assertTrue(actions.get(3).due().tbc());
		assertEquals("Run recruitment days:\n- in March\n- in September", first.texts(TextKind.DESCRIPTION).get(0),
				"indentation shared by continuation lines is not part of the text");
		assertEquals("1", actions.get(2).priority().getName());
	}

	@Test
	void targetsAndMeasures() {
		Target agency = plan.actions().get(0).targets().get(0);
		assertEquals(Comparator.AT_MOST, agency.getComparator());
		assertEquals(new BigDecimal("15"), agency.getValue().getValue());
		assertEquals(Unit.PERCENT, agency.getValue().getUnit());
		assertEquals("2025-03", agency.getDate());
		assertEquals("Increase in applications", plan.actions().get(0).targets().get(2).getText());

		MeasureFacts caseload = plan.measures().get(0);
		assertEquals(Unit.RATIO, caseload.unit().orElseThrow());
		assertEquals(1, caseload.baselines().size());
		assertEquals(3, caseload.milestones().size(), "two in the measure, one in the target's block");
		assertEquals(2, caseload.positions().size(), "one in the measure, one on action 2a");
		assertEquals(1, caseload.targets().size());
	}

	@Test
	void costs() {
		assertEquals("£", plan.actions().get(0).costs().get(0).getAmount().getCurrency());
		assertEquals(new BigDecimal("350"), plan.actions().get(0).costs().get(0).getAmount().getValue());
		assertTrue(plan.actions().get(1).costs().get(0).isNone());
	}

}

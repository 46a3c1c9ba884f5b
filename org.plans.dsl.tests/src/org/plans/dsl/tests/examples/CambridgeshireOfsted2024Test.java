package org.plans.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.SourceKind;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * The Cambridgeshire Ofsted 2024 example against its seed (cambridgeshire-ofsted-2024.txt):
 * recommendations, sections, numbered items, and a sample of leads, timescales, criteria and progress.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class CambridgeshireOfsted2024Test {

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		plan = TestFiles.loadPlan(loader, TestFiles.examples().resolve("cambridgeshire-ofsted-2024.plan"), "cambs-2024");
	}

	@Test
	void header() {
		assertEquals("cambs-2024", plan.id());
		assertEquals(LocalDate.of(2024, 7, 31), plan.asOf().orElseThrow());
		assertTrue(plan.text(PlanTextKind.INTRODUCTION).orElseThrow().startsWith("Aligned with the Ofsted recommendations"));
	}

	@Test
	void recommendations() {
		List<Source> sources = plan.sources();
		assertEquals(7, sources.size());
		assertTrue(sources.stream().allMatch(s -> s.getKind() == SourceKind.RECOMMENDATION && "Ofsted".equals(s.getOrigin())));
		assertEquals("Transition planning for care leavers", sources.get(4).getText());
		// Section n correlates with recommendation n.
		for (int i = 0; i < 7; i++) {
			Priority priority = plan.priorities().get(i);
			List<Source> addressed = Members.of(priority, Addresses.class).get(0).getSources();
			assertEquals(List.of(sources.get(i)), addressed, priority.getTitle());
		}
	}

	@Test
	void countsMatchTheSeed() {
		assertEquals(List.of("Workforce", "Placement sufficiency", "Assessments", "Permanence", "Care leavers",
				"Out-of-hours support", "Homelessness 16-17 year olds"),
				plan.priorities().stream().map(Priority::getTitle).toList());
		assertEquals(List.of(4, 6, 5, 3, 11, 1, 2),
				plan.priorities().stream().map(p -> plan.actionsOf(p).size()).toList());
		assertTrue(plan.priorities().stream().allMatch(p -> Members.of(p, Objective.class).isEmpty()));
		assertEquals(List.of("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10", "5.11"),
				plan.actionsOf(plan.priorities().get(4)).stream().map(ActionFacts::ref).toList());
	}

	@Test
	void leadsAndTimescales() {
		assertEquals(List.of("ed-cef"), leads(action("1.1")));
		assertEquals(List.of("sd-social-care", "sd-quality"), leads(action("3.5")));
		assertEquals("Service Director of Corporate Parenting, Fostering & Adoption", action("2.2").leads().get(0).getTitle());
		assertEquals(LocalDate.of(2025, 3, 31), action("1.1").deadline().orElseThrow());
		assertEquals(LocalDate.of(2024, 12, 31), action("2.1").deadline().orElseThrow());
		assertEquals(LocalDate.of(2024, 5, 31), action("4.1").deadline().orElseThrow());
		assertEquals("ongoing", action("5.9").due().describe());
		assertTrue(plan.actions().stream().allMatch(a -> a.leads().size() > 0 && a.due().isGiven()));
	}

	@Test
	void criteriaAndOutcomes() {
		assertEquals(5, action("1.1").texts(TextKind.SUCCESS).size());
		assertEquals(6, action("1.4").texts(TextKind.SUCCESS).size(), "four bullets, two more after the page break");
		assertTrue(action("1.4").texts(TextKind.OUTCOME).get(0).endsWith(
				"- Children, Education & Families (CEF) audit activity highlights areas for focus"));
		assertEquals(4, action("4.2").texts(TextKind.OUTCOME).size());
		assertTrue(action("1.1").texts(TextKind.DESCRIPTION).get(0).contains("\n- the right cost within budget\n"));
	}

	@Test
	void measuresAndTargets() {
		Target agency = action("1.1").targets().get(0);
		assertEquals("agency-staff", agency.getMeasure().getName());
		assertEquals(Comparator.AT_MOST, agency.getComparator());
		assertEquals(new BigDecimal("15"), agency.getValue().getValue());

		MeasureFacts caseloads = TestFiles.measure(plan, "caseloads");
		assertEquals(6, caseloads.targets().size(), "25 in Assessment and 20 elsewhere, in 1.1, 1.3 and 1.4");
		assertEquals(new BigDecimal("29"), caseloads.latestPosition().orElseThrow().getValue().getValue());
		assertEquals("2024-07", caseloads.latestPosition().orElseThrow().getDate());
		assertEquals(new BigDecimal("40"), caseloads.baselines().get(0).getValue().getValue());
		assertEquals("2024-01", caseloads.baselines().get(0).getDate());
		assertTrue(caseloads.baselines().get(0).getText().startsWith("40+"));

		Target fosterCarers = TestFiles.measure(plan, "foster-carers-added").targets().get(0);
		assertEquals(new BigDecimal("7"), fosterCarers.getValue().getValue());
		assertEquals("subject to panel approval by October 24", fosterCarers.getText());
	}

	@Test
	void progress() {
		assertEquals(22, plan.actions().stream().filter(a -> a.latestProgress().isPresent()).count());
		assertTrue(plan.actions().stream().flatMap(a -> a.progress().stream()).allMatch(p -> "2024-07".equals(p.getDate())));
		assertEquals(Status.COMPLETE, action("5.4").status().orElseThrow());
		assertTrue(action("5.4").isComplete());
		assertEquals(Status.IN_PROGRESS, action("5.9").status().orElseThrow());
		assertEquals("Six Personal Advisors have been appointed", action("5.8").latestProgress().orElseThrow().getText());
		assertTrue(action("1.2").latestProgress().orElseThrow().getText().contains("35.97%"));
	}

	private ActionFacts action(String ref) {
		return plan.actions().stream().filter(a -> a.ref().equals(ref)).findFirst().orElseThrow();
	}


	private static List<String> leads(ActionFacts action) {
		return action.leads().stream().map(Party::getName).toList();
	}
}

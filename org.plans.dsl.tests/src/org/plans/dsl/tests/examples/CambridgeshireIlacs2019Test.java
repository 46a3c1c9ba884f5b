package org.plans.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.plans.Unit;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * The Cambridgeshire ILACS 2019 example, split over two files, against its seed
 * (cambridgeshire-ilacs-2019.txt): counts, and a sample of leads, deadlines and targets.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class CambridgeshireIlacs2019Test {

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		plan = TestFiles.loadPlan(loader, TestFiles.examples().resolve("cambridgeshire-ilacs-2019"), "cambs-2019");
	}

	@Test
	void header() {
		assertEquals("cambs-2019", plan.id());
		assertEquals(2, plan.files().size());
		assertEquals("Cambridgeshire County Council Action Plan following ILACS Inspection", plan.title());
		assertEquals("Cambridgeshire County Council", plan.text(PlanTextKind.ORGANISATION).orElseThrow());
		assertEquals(LocalDate.of(2019, 5, 1), plan.issued().orElseThrow().first());
	}

	@Test
	void countsMatchTheSeed() {
		// The seed has four priorities; its "Objective:" rows are 4, 4, 2 and 7 under them.
		assertEquals(List.of("1", "2", "3", "4"), plan.priorities().stream().map(p -> p.getName()).toList());
		assertEquals(List.of(4, 4, 2, 7),
				plan.priorities().stream().map(p -> Members.of(p, Objective.class).size()).toList());
		// One action per row that has an Indicator, page-broken rows joined.
		assertEquals(List.of(14, 7, 9, 23),
				plan.priorities().stream().map(p -> plan.actionsOf(p).size()).toList());
		assertTrue(plan.actions().stream().allMatch(a -> a.ref().isEmpty()), "the seed numbers no action");
	}

	@Test
	void peopleDeclaredOnce() {
		List<String> ids = plan.parties().stream().map(Party::getName).toList();
		assertEquals(ids.stream().distinct().toList(), ids);
		assertEquals(20, ids.size(), "with the DSMs and business support who support a lead");
		Person claire = (Person) plan.parties().stream().filter(p -> p.getName().equals("ch")).findFirst().orElseThrow();
		assertEquals("Claire Hiorns", claire.getTitle());
		assertEquals("Head of Virtual School", claire.getRoles().get(0).getTitle());
	}

	@Test
	void leads() {
		assertEquals(List.of("sjs", "kt"), leads(action("Schedule further recruitment days across the county")));
		assertEquals(List.of("liquidlogic"), leads(action("Implementation of LiquidLogic and associated new templates")));
		// A blank Lead cell takes the objective's lead, written once on the objective.
		assertEquals(List.of("sjs", "hos"), leads(action("Recruitment and retention of staff as above")));
		assertEquals(List.of("ch"), leads(action("Review of PPP policy")));
		assertEquals(List.of("fvdh", "ccg"), leads(action("Joint LAC Health and SW team")));
		assertEquals(List.of("hos", "hr", "fvdh", "kk"), leads(action("Develop a specialist post")));
	}

	@Test
	void deadlines() {
		assertEquals(LocalDate.of(2019, 12, 31), action("Schedule further recruitment days").deadline().orElseThrow());
		assertEquals("quarterly", action("Team managers to ensure that all staff understand").due().describe());
		assertEquals("2019-07 and ongoing (programme to ensure embedded)",
				action("QA and Workforce Development work together").due().describe());
		assertEquals("from 2019-05", action("All Social Workers receive case supervision").due().describe());
		assertEquals("from 2019-05 and ongoing", action("Team Managers ensure that all staff are aware").due().describe());
		assertEquals("2019-06 and ongoing", action("Workshops are delivered to staff").due().describe());
		assertEquals("ongoing", action("Maintain and build on new links with the CIC").due().describe());
		assertEquals("Audits completed as part of rolling audit and QA framework",
				action("The QA service audits of the quality").due().describe());
		assertEquals(LocalDate.of(2020, 7, 31), action("Training is offered to designated teachers").deadline().orElseThrow());
		assertTrue(plan.actions().stream().allMatch(a -> a.due().isGiven()), "every row has or continues a deadline");
	}

	@Test
	void targets() {
		ActionFacts recruitment = action("Schedule further recruitment days");
		assertEquals(List.of("To achieve a minimum of 80% of qualified social worker and front line team manager posts by end of calendar year"),
				recruitment.texts(TextKind.SUCCESS));
		Target permanent = recruitment.targets().get(0);
		assertEquals("permanent-staff", permanent.getMeasure().getName());
		assertEquals(Comparator.AT_LEAST, permanent.getComparator());
		assertEquals(new BigDecimal("80"), permanent.getValue().getValue());
		assertEquals(Unit.PERCENT, permanent.getValue().getUnit());
		assertEquals("2019-12", permanent.getDate());

		Target red = action("Creation of data dashboard").targets().get(0);
		assertEquals(Comparator.BELOW, red.getComparator());
		assertEquals("2020-07", red.getDate());
		assertEquals(2, action("Creation of data dashboard").texts(TextKind.SUCCESS).size(),
				"the row after the page break adds a second criterion");

		assertEquals(2, TestFiles.measure(plan, "audit-compliance").targets().size(), "80% compliance is a target in priorities 1 and 3");
		assertEquals(Optional.of(Direction.HIGHER), TestFiles.measure(plan, "permanent-staff").direction());
		assertEquals(Optional.of(Direction.LOWER), TestFiles.measure(plan, "peps-red").direction());
		assertEquals(12, plan.measures().size());
	}

	@Test
	void pageBreaksAreJoined() {
		assertTrue(plan.actions().stream().anyMatch(a -> a.title().equals(
				"Ensure that children's practitioners are fully inducted and able to work with children in need under appropriate supervision")));
		assertEquals("Improvement in young people's attendance at key committee meetings and forums",
				action("Maintain and build on new links").texts(TextKind.SUCCESS).get(0));
		assertTrue(action("Implementation of Family Safeguarding Model").texts(TextKind.DESCRIPTION).get(0)
				.contains("\n- Implementation of the model including recruitment of adult facing practitioners"));
	}

	private ActionFacts action(String titleStart) {
		List<ActionFacts> found = plan.actions().stream().filter(a -> a.title().startsWith(titleStart)).toList();
		assertEquals(1, found.size(), titleStart);
		return found.get(0);
	}


	private static List<String> leads(ActionFacts action) {
		return action.leads().stream().map(Party::getName).toList();
	}
}

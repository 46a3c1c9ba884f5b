package org.plans.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.CadenceKind;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Contact;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Period;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.PriorityKind;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.SourceKind;
import org.plans.dsl.plans.SponsorItem;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.plans.Unit;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** Each small example under examples/constructs shows one construct; each is read here and checked. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ConstructExamplesTest {

	@Inject
	private PlanLoader loader;

	/** Loads one example (a file, or a directory for a plan over several files) and returns the named plan. */
	private PlanFacts plan(String example, String id) {
		return TestFiles.loadPlan(loader, TestFiles.examples().resolve("constructs").resolve(example), id);
	}

	@Test
	void header() {
		PlanFacts plan = plan("header.plan", "header-example");
		assertEquals("Children's Services Improvement Plan", plan.title());
		assertEquals("Example Borough Council", plan.text(PlanTextKind.ORGANISATION).orElseThrow());
		assertEquals("Version 3, progress updates from January 2023", plan.text(PlanTextKind.VERSION).orElseThrow());
		assertEquals(LocalDate.of(2023, 1, 15), plan.issued().orElseThrow().first());
		assertEquals(LocalDate.of(2023, 1, 1), plan.coversFrom().orElseThrow().first());
		assertEquals(LocalDate.of(2024, 3, 31), plan.coversTo().orElseThrow().last());
		assertEquals(LocalDate.of(2023, 6, 30), plan.asOf().orElseThrow());
		assertEquals("Children are safe, happy and heard.", plan.text(PlanTextKind.VISION).orElseThrow());
		assertEquals("Strong partnership working.\n- Stable leadership\n- Good use of data",
				plan.text(PlanTextKind.STRENGTHS).orElseThrow());
		assertTrue(plan.text(PlanTextKind.INTRODUCTION).orElseThrow().contains("\nIt sets out"));
	}

	@Test
	void people() {
		PlanFacts plan = plan("people.plan", "people-example");
		assertEquals(List.of("role", "role", "person", "person", "person", "team", "partner"),
				plan.parties().stream().map(Plans::kindOf).toList());
		Person jo = (Person) party(plan, "jd");
		assertEquals(List.of("dcs", "psw"), jo.getRoles().stream().map(Party::getName).toList());
		assertEquals(List.of(ContactKind.JIRA, ContactKind.AZURE, ContactKind.REDMINE),
				jo.getContacts().stream().map(Contact::getKind).toList());
		Person sarah = (Person) party(plan, "sf");
		assertEquals("sarah.flint@example.org", sarah.getContacts().get(0).getValue());
		assertEquals(ContactKind.EMAIL, sarah.getContacts().get(0).getKind());
		ActionFacts induction = plan.actions().get(0);
		assertEquals(List.of("sf", "ld", "ccg"), induction.leads().stream().map(Party::getName).toList());
		assertEquals("role", Plans.kindOf(plan.actions().get(1).leads().get(0)));
	}

	@Test
	void governance() {
		PlanFacts plan = plan("governance.plan", "governance-example");
		List<Board> boards = plan.boards();
		assertEquals(6, boards.size());
		Board improvement = boards.get(0);
		assertEquals(CadenceKind.MONTHLY, improvement.getCadence().getKind());
		assertEquals(List.of("1", "2"), improvement.getOversees().stream().map(Block::getName).toList());
		assertEquals("Chaired by the Chief Executive.", ((org.plans.dsl.plans.TextItem) improvement.getMembers().get(1)).getText());
		Board cpb = boards.get(2);
		assertEquals(2, cpb.getCadence().getCount());
		assertEquals(Period.MONTHS, cpb.getCadence().getPeriod());
		assertEquals(improvement, cpb.getReportsTo());
		assertEquals(CadenceKind.QUARTERLY, boards.get(3).getCadence().getKind());
		assertEquals(CadenceKind.WEEKLY, boards.get(4).getCadence().getKind());
		assertEquals(CadenceKind.ANNUALLY, boards.get(5).getCadence().getKind());
		assertEquals(null, boards.get(5).getReportsTo());
	}

	@Test
	void recommendations() {
		PlanFacts plan = plan("recommendations.plan", "recommendations-example");
		List<Source> sources = plan.sources();
		assertEquals(List.of(SourceKind.RECOMMENDATION, SourceKind.RECOMMENDATION, SourceKind.FINDING),
				sources.stream().map(Source::getKind).toList());
		assertEquals("Ofsted ILACS", sources.get(0).getOrigin());
		assertEquals("2022-11", sources.get(0).getDate());
		assertEquals(null, sources.get(1).getDate());
		assertEquals(null, sources.get(2).getOrigin());
		Priority priority = plan.priorities().get(0);
		assertEquals(List.of(sources.get(0), sources.get(2)), Members.of(priority, Addresses.class).get(0).getSources());
		Objective objective = Members.of(priority, Objective.class).get(0);
		assertEquals(List.of(sources.get(0)), Members.of(objective, Addresses.class).get(0).getSources());
		assertEquals(List.of(sources.get(1)), Members.of(plan.actions().get(0).action(), Addresses.class).get(0).getSources());
	}

	@Test
	void measuresAndTargets() {
		PlanFacts plan = plan("measures.plan", "measures-example");
		MeasureFacts audits = TestFiles.measure(plan, "good-audits");
		assertEquals(Optional.of(Unit.PERCENT), audits.unit());
		assertEquals(Optional.of(Direction.HIGHER), audits.direction());
		assertEquals(new BigDecimal("45"), audits.baselines().get(0).getValue().getValue());
		assertEquals(List.of("2021-09", "2021-09", "2022-09"),
				audits.milestones().stream().map(MeasureFacts::dateOf).toList(), "the target's own milestone counts too");
		assertEquals(List.of("2021-Q2", "2021-12"), audits.positions().stream().map(MeasureFacts::dateOf).toList());
		assertEquals("On track", audits.latestPosition().orElseThrow().getText());
		assertEquals(Optional.of(Direction.LOWER), TestFiles.measure(plan, "caseload").direction());
		assertEquals("cases per FTE", TestFiles.measure(plan, "caseload").measure().getUnit().getLabel());
		assertEquals(List.of(Unit.PERCENT, Unit.RATIO, Unit.COUNT, Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS, Unit.MONEY),
				plan.measures().stream().map(m -> m.unit().orElseThrow()).toList());

		List<Target> targets = plan.actions().get(0).targets();
		assertEquals(7, targets.size());
		assertEquals(List.of(Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.BELOW, Comparator.EQUAL, Comparator.ABOVE,
				Comparator.AT_MOST), targets.subList(0, 6).stream().map(Target::getComparator).toList());
		assertEquals(Optional.of(Unit.PERCENT), Plans.unitOf(targets.get(0).getValue()));
		assertEquals(Optional.empty(), Plans.unitOf(targets.get(1).getValue()), "20 is written without a unit");
		assertEquals(null, targets.get(3).getDate());
		assertEquals("£", targets.get(5).getValue().getCurrency());
		assertEquals(new BigDecimal("250000.50"), targets.get(5).getValue().getValue());
		assertEquals("2022/23", targets.get(5).getDate());
		assertEquals(null, targets.get(6).getMeasure());
		assertEquals("Increase in applications", targets.get(6).getText());
	}

	@Test
	void dates() {
		PlanFacts plan = plan("dates.plan", "dates-example");
		List<ActionFacts> actions = plan.actions();
		assertEquals(List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2019, 12, 31), LocalDate.of(2019, 9, 30),
				LocalDate.of(2020, 3, 31), LocalDate.of(2019, 12, 31)),
				actions.subList(0, 5).stream().map(a -> a.deadline().orElseThrow()).toList());
		assertEquals(DateSpan.Precision.FINANCIAL_YEAR, actions.get(3).due().date().orElseThrow().precision());
		assertEquals(List.of("from 2019-05", "from 2019-05 and ongoing", "2019-06 and ongoing",
				"2019-07 and ongoing (programme to ensure embedded)", "ongoing", "quarterly", "every 2 months",
				"2022-03 and quarterly", "tbc", "tbc (after the budget is set)",
				"Audits completed as part of rolling audit and QA framework"),
				actions.subList(5, 16).stream().map(a -> a.due().describe()).toList());
		assertTrue(actions.subList(5, 13).stream().allMatch(a -> a.due().isOpenEnded()));
		assertEquals(Optional.empty(), actions.get(5).deadline(), "a 'from' date is not a deadline");
		assertTrue(actions.get(13).due().tbc());
		ActionFacts both = actions.get(16);
		assertEquals(LocalDate.of(2019, 9, 1), both.start().firstDay().orElseThrow());
		assertEquals(LocalDate.of(2020, 3, 31), both.deadline().orElseThrow());
	}

	@Test
	void progressRagAndStatus() {
		PlanFacts plan = plan("progress.plan", "progress-example");
		List<ActionFacts> actions = plan.actions();
		ActionFacts recruit = actions.get(0);
		assertEquals(3, recruit.progress().size());
		assertEquals(Optional.of(Rag.RED), recruit.latestRag(), "red is the first RAG and must still count as written");
		assertEquals(Optional.of(Status.IN_PROGRESS), recruit.status());
		assertTrue(recruit.isOverdue(LocalDate.of(2025, 4, 1)));
		assertTrue(actions.get(1).isComplete(), "blue means complete");
		assertEquals(Status.ON_HOLD, actions.get(2).status().orElseThrow());
		assertTrue(actions.get(3).isComplete());
		assertTrue(actions.get(4).isClosed());
		assertFalse(actions.get(4).isComplete());
		assertEquals(Status.NOT_STARTED, actions.get(5).status().orElseThrow());
		assertEquals(null, actions.get(5).latestProgress().orElseThrow().getDate());
	}

	@Test
	void costs() {
		PlanFacts plan = plan("costs.plan", "costs-example");
		List<Cost> costs = plan.actions().stream().map(a -> a.costs().get(0)).toList();
		assertEquals(List.of("£", "€", "$"), costs.subList(0, 3).stream().map(c -> c.getAmount().getCurrency()).toList());
		assertEquals(new BigDecimal("350"), costs.get(0).getAmount().getValue());
		assertEquals("per day for 5 days a week for 6 months", costs.get(0).getText());
		assertEquals(new BigDecimal("12000.50"), costs.get(1).getAmount().getValue());
		assertEquals(null, costs.get(3).getAmount().getCurrency());
		assertTrue(costs.get(4).isNone());
		assertEquals(null, costs.get(5).getAmount());
		assertEquals("Within existing resources", costs.get(5).getText());
		assertEquals(List.of("Met from the improvement budget"), plan.actions().get(0).texts(TextKind.RESOURCES));
	}

	@Test
	void dependencies() {
		PlanFacts plan = plan("dependencies.plan", "dependencies-example");
		List<ActionFacts> actions = plan.actions();
		assertEquals(List.of("1.1", "1.2", "2a", "3.10"), actions.stream().map(ActionFacts::ref).toList());
		assertEquals(List.of(actions.get(0).action(), actions.get(1).action()), actions.get(2).dependsOn());
		assertEquals(List.of(actions.get(2).action()), actions.get(3).dependsOn());
		assertEquals(List.of("systems", "go live"), actions.get(3).tags());
	}

	@Test
	void multiFileWithUses() {
		PlanFacts plan = plan("multi-file", "team-plan");
		assertEquals(2, plan.files().size());
		assertEquals("Team plan in two files", plan.title());
		ActionFacts sickness = plan.actions().get(0);
		assertEquals(List.of("team-plan", "team-plan", "council-shared"),
				sickness.leads().stream().map(p -> PlanFacts.of(
						(org.plans.dsl.plans.PlanFile) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(p)).id()).toList());
		assertEquals("sickness", sickness.targets().get(0).getMeasure().getName());
		assertEquals("Agree the sickness absence policy", sickness.dependsOn().get(0).getTitle());
		assertEquals(sickness.leads().get(2), plan.actions().get(1).leads().get(0), "hos and council-shared::hos are one role");
	}

	@Test
	void structure() {
		PlanFacts plan = plan("structure.plan", "structure-example");
		List<Priority> priorities = plan.priorities();
		assertEquals(List.of("1", "A", "3"), priorities.stream().map(Priority::getName).toList());
		assertEquals(List.of(PriorityKind.PRIORITY, PriorityKind.WORKSTREAM, PriorityKind.WORKSTREAM),
				priorities.stream().map(Priority::getKind).toList());
		Priority first = priorities.get(0);
		assertEquals("ana", Members.of(first, SponsorItem.class).get(0).getSponsors().get(0).getName());
		List<Objective> objectives = Members.of(first, Objective.class);
		assertEquals("1a", objectives.get(0).getName());
		assertEquals(null, objectives.get(1).getName());
		assertEquals(List.of("1.1", "", "1.2", "1.3", "3.10"), plan.actions().stream().map(ActionFacts::ref).toList());
		ActionFacts unnumbered = plan.actions().get(1);
		assertEquals("ana", unnumbered.leads().get(0).getName(), "an action without a lead takes its objective's");
		assertEquals("Text may run over lines,\n- with bullet lists", unnumbered.texts(TextKind.DESCRIPTION).get(0));
		assertEquals(List.of("Number of applications"), unnumbered.texts(TextKind.INDICATOR));
		assertEquals(List.of("Monthly to the Improvement Board"), unnumbered.texts(TextKind.REPORTING));
		assertEquals(objectives.get(1), plan.actions().get(2).objective());
		assertEquals(null, plan.actions().get(3).objective());
	}

	private static Party party(PlanFacts plan, String name) {
		return plan.parties().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

}

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
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.CadenceKind;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Period;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * Reads the Hillingdon Children's Social Care action plan 2015-16 and checks it against the seed
 * (/work/shared/seeds/hillingdon-csc-2015.txt): work streams, actions, leads, dates, targets, boards.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class HillingdonExampleTest {

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve("hillingdon-csc-2015.plan")));
		assertEquals(List.of(), TestFiles.errors(loaded));
		plan = PlanFacts.of(loaded.resourceSet()).get(0);
	}

	@Test
	void header() {
		assertEquals("hillingdon-2015", plan.id());
		assertEquals("Children's Social Care Service Improvement Action Plan 2015-16", plan.title());
		assertEquals("London Borough of Hillingdon", plan.text(PlanTextKind.ORGANISATION).orElseThrow());
		assertEquals("Version July 2015", plan.text(PlanTextKind.VERSION).orElseThrow());
		assertEquals(LocalDate.of(2015, 4, 1), plan.coversFrom().orElseThrow().first());
		assertEquals(LocalDate.of(2016, 3, 31), plan.coversTo().orElseThrow().last());
		assertEquals(LocalDate.of(2015, 7, 31), plan.asOf().orElseThrow());
		assertTrue(plan.text(PlanTextKind.INTRODUCTION).orElseThrow().startsWith("This action plan is part of"));
	}

	@Test
	void workStreamsAndActionCounts() {
		List<Priority> streams = plan.priorities();
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), streams.stream().map(Priority::getName).toList());
		assertEquals("Effective Quality Assurance", streams.get(6).getTitle());
		// Work stream 3 holds a second row of 3.1 without a ref.
		assertEquals(List.of(9, 7, 8, 8, 6, 6, 7),
				streams.stream().map(s -> plan.actionsOf(s).size()).toList());
		assertEquals(51, plan.actions().size());
		assertEquals(List.of("3.1", "", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"),
				plan.actionsOf(streams.get(2)).stream().map(ActionFacts::ref).toList());
	}

	@Test
	void leads() {
		assertEquals(List.of("hr"), leadsOf("1.1"));
		assertEquals(List.of("ad-safeguarding", "ad-cic"), leadsOf("1.7"));
		assertEquals(List.of("sm-lac", "manager-cyp"), leadsOf("4.3"));
		assertEquals(List.of("sm-resources", "panel-advisor"), leadsOf("5.4"));
		assertEquals(List.of("ad-csc", "ad-safeguarding"), leadsOf("6.6"));
		assertEquals(List.of("ad-safeguarding"), leadsOf("7.7"), "the seed's last row");
		assertEquals(14, plan.parties().size(), "with UKBA and the AIT, who take part in 2.7");
		assertEquals(12, plan.actionsLedBy(party("ad-safeguarding")).size(), "1.7-1.9, 6.5, 6.6, 7.1-7.7");
	}

	@Test
	void dates() {
		ActionFacts websites = action("1.1");
		assertEquals(LocalDate.of(2015, 4, 1), websites.start().firstDay().orElseThrow());
		assertEquals(LocalDate.of(2016, 3, 31), websites.deadline().orElseThrow());

		assertEquals(LocalDate.of(2014, 11, 1), action("2.3").start().firstDay().orElseThrow());
		assertTrue(action("1.4").due().isOpenEnded());
		assertTrue(action("1.6").start().tbc());
		assertEquals("tbc (by L&D)", action("1.6").due().describe());
		assertEquals("2015-04 and ongoing", action("7.2").start().describe());
		assertEquals(LocalDate.of(2015, 6, 30), action("7.2").deadline().orElseThrow());
		assertEquals("Star of new team structure", action("5.6").start().describe());
		assertEquals("6 months from start", action("5.6").due().describe());
		assertEquals(LocalDate.of(2015, 12, 31), action("5.5").deadline().orElseThrow());
	}

	@Test
	void progressAndStatus() {
		Progress progress = action("1.4").latestProgress().orElseThrow();
		assertEquals("2015-07", progress.getDate());
		assertTrue(progress.getText().startsWith("A 4 day induction programme was launched in January 2015."));
		assertEquals(Status.ON_HOLD, action("1.2").status().orElseThrow());
		assertEquals(List.of("On hold until Transition plan agreed by the Leader"),
				action("1.2").texts(TextKind.SUCCESS));
		assertEquals(51, plan.actions().stream().filter(a -> a.latestProgress().isPresent()).count(),
				"every row has a progress cell");
	}

	@Test
	void indicatorsAndSuccess() {
		ActionFacts triage = action("2.1");
		assertEquals(1, triage.texts(TextKind.INDICATOR).size());
		assertTrue(triage.texts(TextKind.INDICATOR).get(0).contains("\n- Rate of section 47 enquiries"));
		assertEquals(6, triage.texts(TextKind.SUCCESS).size());
		assertEquals(10, action("5.4").texts(TextKind.SUCCESS).size());
	}

	@Test
	void auditTargetWithMilestones() {
		Target target = action("3.4").targets().get(0);
		assertEquals("audits-good", target.getMeasure().getName());
		assertEquals(Comparator.AT_LEAST, target.getComparator());
		assertEquals(new BigDecimal("80"), target.getValue().getValue());
		assertEquals("2016-03", target.getDate());
		List<Milestone> milestones = target.getPoints().stream().map(Milestone.class::cast).toList();
		assertEquals(List.of("2015-03", "2015-09"), milestones.stream().map(Milestone::getDate).toList());
		assertEquals(List.of(new BigDecimal("35"), new BigDecimal("50")),
				milestones.stream().map(m -> m.getValue().getValue()).toList());

		MeasureFacts audits = measure("audits-good");
		assertEquals(7, audits.targets().size(), "3.4, 4.4, 4.5, 6.3, 6.4, 7.1, 7.2");
		assertEquals(new BigDecimal("50"), action("6.3").targets().get(0).getValue().getValue());
	}

	@Test
	void caseloads() {
		MeasureFacts cic = measure("cic-caseload");
		Position march = cic.positions().get(0);
		assertEquals("2015-03", march.getDate());
		assertEquals(new BigDecimal("14"), march.getValue().getValue());
		Target sept = action("4.1").targets().get(0);
		assertEquals(Comparator.AT_MOST, sept.getComparator());
		assertEquals("2015-09", sept.getDate());
		assertEquals(Comparator.EQUAL, action("6.2").targets().get(0).getComparator());
		assertEquals(Comparator.BELOW, action("4.8").targets().get(1).getComparator());
	}

	@Test
	void boards() {
		List<Board> boards = plan.boards();
		assertEquals(7, boards.size());
		assertEquals(CadenceKind.FORTNIGHTLY, board("cyps-smm").getCadence().getKind());
		assertEquals(CadenceKind.QUARTERLY, board("policy-committee").getCadence().getKind());
		Board parenting = board("corporate-parenting");
		assertEquals(2, parenting.getCadence().getCount());
		assertEquals(Period.MONTHS, parenting.getCadence().getPeriod());
		assertEquals(List.of("4", "5"), parenting.getOversees().stream().map(Block::getName).toList());
		assertEquals(List.of("2", "3"), board("lscb").getOversees().stream().map(Block::getName).toList());
	}

	private ActionFacts action(String ref) {
		return plan.actions().stream().filter(a -> a.ref().equals(ref)).findFirst().orElseThrow();
	}

	private List<String> leadsOf(String ref) {
		return action(ref).leads().stream().map(p -> p.getName()).toList();
	}

	private org.plans.dsl.plans.Party party(String name) {
		return plan.parties().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	private MeasureFacts measure(String name) {
		return plan.measures().stream().filter(m -> m.measure().getName().equals(name)).findFirst().orElseThrow();
	}

	private Board board(String name) {
		return plan.boards().stream().filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
	}
}

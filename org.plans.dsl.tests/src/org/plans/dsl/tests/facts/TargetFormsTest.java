package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.facts.Quantities;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.facts.TargetFacts.Form;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Change;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.RatePeriod;
import org.plans.dsl.plans.Verdict;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * The forms of targets, baselines, milestones and positions of issue 16 ("Targets, baselines,
 * positions"): each parses, gives its facts, and survives the formatter unchanged.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TargetFormsTest {

	@Inject
	private PlanLoader loader;

	@Inject
	private PlanFormatting formatting;

	private PlanFacts plan(String body) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", "plan demo\n" + body));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}

	private static MeasureFacts measure(PlanFacts plan, String name) {
		return plan.measures().stream().filter(m -> m.measure().getName().equals(name)).findFirst().orElseThrow();
	}

	private static TargetFacts target(PlanFacts plan, int action, int index) {
		return plan.actions().get(action).targetFacts().get(index);
	}

	private static final String MEASURES = """
			measure m "Audits" unit % higher is better
			measure carers "Carers" unit count higher is better {
			    baseline 120 at 2023-03
			}
			measure agency "Agency staff" unit count lower is better {
			    baseline 40 at 2023-03
			}
			""";

	@Test
	void relativeRangeApproximateAndRateTargets() {
		PlanFacts plan = plan(MEASURES + """
				priority 1 "P" {
				    action 1.1 "A" {
				        due 2026-03
				        target carers increase by 30 by 2026-03
				        target agency decrease by 10% by 2024-03
				        target m between 14 and 16 by 2023-03
				        target m >= about 40 by 2023-03
				        target m >= 8 per month
				        target m increase by 2023-03
				        target m decrease
				    }
				}
				""");
		TargetFacts increase = target(plan, 0, 0);
		assertEquals(Form.CHANGE, increase.form());
		assertEquals(Optional.of(Change.INCREASE), increase.change());
		assertEquals(Optional.of(new BigDecimal("150")), increase.goal(Optional.of(new BigDecimal("120")), Optional.empty()));
		assertEquals(Optional.of(Direction.HIGHER), increase.direction());
		assertEquals(Optional.of(LocalDate.of(2026, 3, 31)), increase.date());

		TargetFacts decrease = target(plan, 0, 1);
		assertTrue(decrease.isPercentageChange());
		assertEquals(Optional.of(new BigDecimal("36")), decrease.goal(Optional.of(new BigDecimal("40")), Optional.empty()),
				"10% of the baseline in force");
		assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), decrease.date());

		TargetFacts range = target(plan, 0, 2);
		assertEquals(Form.RANGE, range.form());
		assertEquals(Optional.empty(), range.comparator());
		assertEquals(new BigDecimal("14"), range.value().orElseThrow().getValue());
		assertEquals(new BigDecimal("16"), range.upper().orElseThrow().getValue());
		assertEquals(Optional.of(new BigDecimal("16")), range.goal(Optional.empty(), Optional.of(Direction.HIGHER)));
		assertEquals(Optional.of(new BigDecimal("14")), range.goal(Optional.empty(), Optional.of(Direction.LOWER)));

		TargetFacts about = target(plan, 0, 3);
		assertTrue(about.isApproximate());
		assertEquals(Optional.of(Comparator.AT_LEAST), about.comparator());
		assertFalse(increase.isApproximate());

		TargetFacts rate = target(plan, 0, 4);
		assertEquals(Optional.of(RatePeriod.MONTH), rate.rate());
		assertTrue(rate.isMeasurable());

		TargetFacts direction = target(plan, 0, 5);
		assertEquals(Form.DIRECTION, direction.form());
		assertEquals(Optional.empty(), direction.goal(Optional.of(BigDecimal.ONE), Optional.empty()));
		assertTrue(direction.isMeasurable(), "a measure and a date");
		assertEquals(Optional.of(Direction.LOWER), target(plan, 0, 6).direction());
		assertTrue(target(plan, 0, 6).isMeasurable(), "dated by its action's deadline");
	}

	@Test
	void rateNeedsNoDateButADirectionDoes() {
		PlanFacts plan = plan(MEASURES + """
				priority 1 "P" {
				    action 1.1 "A" {
				        due from 2022-04 and ongoing
				        target m >= 8 per week
				        target m increase
				    }
				}
				""");
		assertTrue(target(plan, 0, 0).isMeasurable());
		assertEquals(Optional.empty(), target(plan, 0, 0).date());
		assertFalse(target(plan, 0, 1).isMeasurable());
	}

	@Test
	void targetsOnPrioritiesAndObjectives() {
		PlanFacts plan = plan(MEASURES + """
				recommendation r1 "Better audits" {
				    target m >= 70% by 2022-09
				}
				priority 1 "P" {
				    addresses r1
				    target m >= 70% by 2022/23
				    objective "O" {
				        target m increase by 2023-03
				    }
				}
				""");
		assertEquals(1, plan.priorityFacts().get(0).targets().size());
		assertEquals(Optional.of(LocalDate.of(2023, 3, 31)), plan.priorityFacts().get(0).targets().get(0).date());
		assertEquals(Form.DIRECTION, plan.objectiveFacts().get(0).targets().get(0).form());
		assertTrue(plan.priorityFacts().get(0).hasMeasurableTarget());
		assertEquals(3, measure(plan, "m").targets().size(), "the measure knows every target about it");
	}

	@Test
	void pointsWithoutValuesVerdictsLabelsPeriodsAndFractions() {
		PlanFacts plan = plan("""
				measure m "Audits" unit % higher is better {
				    baseline at 2021-03 "Audits showed oversight improving"
				    milestone > 80% by 2021-09
				    position 25% at 2022-09 below-target
				    position 25% at 2022-09 for north on-track red "Cared for plans"
				    position 30% at 2022-09 for "South and west" amber
				    position 7 over 2022-03-31 to 2022-10-31
				    position 10 of 11 at 2022-10
				}
				""");
		MeasureFacts m = measure(plan, "m");
		assertTrue(PointFacts.isQualitative(m.baselines().get(0)));
		assertEquals("Audits showed oversight improving", m.baselines().get(0).getText());
		assertEquals(Optional.of(Comparator.ABOVE), PointFacts.comparator(m.milestones().get(0)));
		List<Position> positions = m.positions();
		assertEquals(Optional.of(Verdict.BELOW_TARGET), PointFacts.verdict(positions.get(0)));
		assertEquals(Optional.empty(), PointFacts.rag(positions.get(0)));
		assertEquals(Optional.of("north"), PointFacts.label(positions.get(1)));
		assertEquals(Optional.of(Verdict.ON_TRACK), PointFacts.verdict(positions.get(1)));
		assertEquals(Optional.of(Rag.RED), PointFacts.rag(positions.get(1)));
		assertEquals(Optional.of("South and west"), PointFacts.label(positions.get(2)));
		assertEquals(1, PointFacts.withLabel(positions, Optional.of("north")).size());
		Position period = positions.get(3);
		assertEquals(Optional.of(LocalDate.of(2022, 3, 31)), PointFacts.periodStart(period));
		assertEquals(Optional.of(LocalDate.of(2022, 10, 31)), MeasureFacts.dayOf(period));
		assertEquals(Optional.of(new BigDecimal("90.9")), Quantities.fractionPercent(positions.get(4).getValue()));
	}

	@Test
	void measureMetadata() {
		PlanFacts plan = plan("""
				measure m "Audits" unit % of "open cases" higher is better measured monthly source "Monthly audit"
				measure n "Visits" unit count
				""");
		MeasureFacts m = measure(plan, "m");
		assertEquals(Optional.of("open cases"), m.population());
		assertEquals("monthly", m.frequency().orElseThrow().getKind().getLiteral());
		assertEquals(Optional.of("Monthly audit"), m.source());
		assertEquals(Optional.of(Direction.HIGHER), m.direction());
		MeasureFacts n = measure(plan, "n");
		assertEquals(Optional.empty(), n.population());
		assertEquals(Optional.empty(), n.frequency());
		assertEquals(Optional.empty(), n.source());
	}

	@Test
	void theExampleOfEveryFormIsFormattedAlready() throws Exception {
		String text = java.nio.file.Files.readString(TestFiles.examples().resolve("constructs/targets.plan"));
		PlanFormatting.Result once = formatting.format(text, "targets.plan");
		assertEquals(List.of(), once.syntaxErrors());
		assertEquals(text, once.text());
	}

	@Test
	void messyFormsAreLaidOutAndStaySo() {
		String messy = """
				plan demo
				measure m "M" unit   %   of "open cases" higher is better   measured monthly   source "S" {
				baseline   at 2021-03 "words"
				milestone  >   80%   by 2021-09
				position 10   of  11 at 2022-09   for north   below-target   red
				position 7 over   2022-03-31   to 2022-10-31
				}
				priority 1 "P" {
				target m   >=   about   40   by 2023-03
				target m between 14   and 16
				target m increase   by 30   by 2026-03
				target m >= 8   per   month
				}
				""";
		String once = formatting.format(messy, "demo.plan").text();
		assertEquals("""
				plan demo

				measure m "M" unit % of "open cases" higher is better measured monthly source "S" {
				    baseline at 2021-03 "words"
				    milestone > 80% by 2021-09
				    position 10 of 11 at 2022-09 for north below-target red
				    position 7 over 2022-03-31 to 2022-10-31
				}

				priority 1 "P" {
				    target m >= about 40 by 2023-03
				    target m between 14 and 16
				    target m increase by 30 by 2026-03
				    target m >= 8 per month
				}
				""", once);
		assertEquals(once, formatting.format(once, "demo.plan").text());
	}
}

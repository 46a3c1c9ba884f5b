package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import org.plans.dsl.facts.Standing;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Baseline;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.PlansFactory;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Target;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** Measure facts read baselines, milestones and positions through the model's MeasurePoint getters. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class MeasurePointFactsTest {

	private static final PlansFactory MAKE = PlansFactory.eINSTANCE;

	@Inject
	private PlanLoader loader;

	@Test
	void pointsBuiltWithoutPlanTextAreRead() {
		Measure measure = MAKE.createMeasure();
		measure.setName("agency");
		Position named = point(MAKE.createPosition(), "2024-06", "12", "Half year");
		named.setMeasure(measure);
		assertSame(measure, MeasureFacts.measureOf(named));
		assertEquals(new BigDecimal("12"), MeasureFacts.valueOf(named).getValue());
		assertEquals("2024-06", MeasureFacts.dateOf(named));
		assertEquals("Half year", MeasureFacts.textOf(named));
		assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), MeasureFacts.dayOf(named));

		Target target = MAKE.createTarget();
		target.setMeasure(measure);
		Milestone inTarget = point(MAKE.createMilestone(), "2025-Q1", "10", null);
		target.getPoints().add(inTarget);
		assertSame(measure, MeasureFacts.measureOf(inTarget), "a point in a target's block is about its measure");

		Baseline inMeasure = point(MAKE.createBaseline(), "2023", "20", null);
		measure.getMembers().add(inMeasure);
		assertSame(measure, MeasureFacts.measureOf(inMeasure), "a point in a measure is about that measure");
		assertNull(MeasureFacts.measureOf(point(MAKE.createBaseline(), "2023", "1", null)), "about nothing yet");
	}

	@Test
	void everyPointOfAMeasureIsFoundWhereverItIsWrittenAndSortedByDate() {
		PlanFacts plan = PlanFacts.of(loader.loadTexts(Map.of("demo.plan", """
				plan demo
				measure agency "Agency social workers" unit % lower is better {
				    baseline 25% at 2023-03 "Census"
				    milestone 15% by 2025-03
				}
				priority 1 "Workforce" {
				    action 1.1 "Recruit" {
				        due 2025-03
				        position agency 20% at 2024-09
				        target agency <= 10% by 2026-03 { milestone 18% by 2024-12 }
				        baseline agency 30% at 2022-03
				    }
				}
				""")).resourceSet()).get(0);
		MeasureFacts agency = plan.measures().get(0);
		assertEquals(List.of("2022-03", "2023-03"), dates(agency.baselines()));
		assertEquals(List.of("2024-12", "2025-03"), dates(agency.milestones()));
		assertEquals(List.of("2024-09"), dates(agency.positions()));
		assertEquals("Census", MeasureFacts.textOf(agency.baselines().get(1)));
		assertEquals(Optional.of("2023-03"), agency.baselineOn(Optional.of(LocalDate.of(2024, 1, 1))).map(Baseline::getDate));
		Standing standing = agency.standing(agency.positions().get(0)).orElseThrow();
		assertEquals("2024-12", ((Milestone) standing.goal().source()).getDate(), "the milestone in the target counts too");
		assertFalse(standing.isDue());
	}

	private static <T extends MeasurePoint> T point(T point, String date, String value, String text) {
		Quantity quantity = MAKE.createQuantity();
		quantity.setValue(new BigDecimal(value));
		point.setValue(quantity);
		point.setDate(date);
		point.setText(text);
		return point;
	}

	private static List<String> dates(List<? extends MeasurePoint> points) {
		return points.stream().map(MeasurePoint::getDate).toList();
	}
}

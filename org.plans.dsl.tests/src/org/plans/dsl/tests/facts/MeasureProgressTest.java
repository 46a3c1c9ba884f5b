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
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Standing;
import org.plans.dsl.facts.Standing.Judgement;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.facts.TargetProgress;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Position;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** Positions against the milestone in force, and targets met, on track or behind, as reports and hovers show them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class MeasureProgressTest {

	private static final String PLAN = """
			plan m
			person ana "Ana"
			measure caseload "Average caseload" unit count lower is better {
			    baseline 29 at 2024-07
			    milestone 25 by 2024-12
			    milestone 20 by 2025-03
			}
			measure visits "Home visits" unit count {
			    milestone 10 by 2024-12
			}
			priority 1 "Workforce" {
			    target caseload <= 20 by 2025-03
			    action 1.1 "Recruit" {
			        lead ana
			        due 2025-06
			        target caseload <= 24 by 2024-12
			        target caseload <= 28 by 2024-09
			        target visits >= 10 by 2024-12
			    }
			}
			""";

	@Inject
	private PlanLoader loader;

	private PlanFacts plan(String positions) {
		return plan(positions, true);
	}

	/** The plan with {@code positions} in caseload; without targets, only the milestones are goals. */
	private PlanFacts plan(String positions, boolean targets) {
		String text = PLAN.replace("    milestone 20 by 2025-03\n", "    milestone 20 by 2025-03\n" + positions);
		text = targets ? text : text.replaceAll("(?m)^ *target .*\n", "");
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("m.plan", text));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}

	private static MeasureFacts caseload(PlanFacts plan) {
		return plan.measures().stream().filter(m -> m.measure().getName().equals("caseload")).findFirst().orElseThrow();
	}

	private Standing standing(String positions) {
		MeasureFacts caseload = caseload(plan(positions, false));
		Position latest = caseload.latestPosition().orElseThrow();
		return caseload.standing(latest).orElseThrow();
	}

	@Test
	void beforeTheFirstMilestoneItIsTheNextOneNotYetDue() {
		Standing standing = standing("    position 27 at 2024-09\n");
		assertEquals("2024-12", ((Milestone) standing.goal().source()).getDate());
		assertFalse(standing.isDue());
		assertEquals(Judgement.BEHIND, standing.judgement());
		assertFalse(standing.isBehind(), "27 on the way from 29 to 25 is not behind yet");
	}

	@Test
	void theMilestoneThatFellDueIsInForce() {
		Standing december = standing("    position 26 at 2024-12\n");
		assertEquals("2024-12", ((Milestone) december.goal().source()).getDate());
		assertTrue(december.isBehind());
		Standing january = standing("    position 24 at 2025-01\n");
		assertEquals("2024-12", ((Milestone) january.goal().source()).getDate(), "March's is not due in January");
		assertEquals(Judgement.REACHED, january.judgement());
		Standing later = standing("    position 21 at 2026-01\n");
		assertEquals("2025-03", ((Milestone) later.goal().source()).getDate(), "after the last, the last");
		assertTrue(later.isBehind());
	}

	@Test
	void withoutADirectionNothingIsJudged() {
		PlanFacts plan = plan("");
		MeasureFacts visits = plan.measures().stream().filter(m -> m.measure().getName().equals("visits")).findFirst()
				.orElseThrow();
		assertTrue(visits.positions().isEmpty());
		assertEquals(TargetProgress.NOT_MEASURED, progress(plan, "visits", Optional.empty()).get(0));
	}

	@Test
	void targetsMetOnTrackOrBehind() {
		PlanFacts plan = plan("    position 26 at 2024-09\n");
		// <= 20 by 2025-03, <= 24 by 2024-12, <= 28 by 2024-09
		assertEquals(List.of(TargetProgress.ON_TRACK, TargetProgress.ON_TRACK, TargetProgress.MET),
				progress(plan, "caseload", Optional.of(LocalDate.of(2024, 10, 15))));
		assertEquals(List.of(TargetProgress.ON_TRACK, TargetProgress.BEHIND, TargetProgress.MET),
				progress(plan, "caseload", Optional.of(LocalDate.of(2025, 1, 15))), "December's target fell due unmet");
		PlanFacts behind = plan("    position 26 at 2024-12\n");
		assertEquals(List.of(TargetProgress.BEHIND, TargetProgress.BEHIND, TargetProgress.MET),
				progress(behind, "caseload", Optional.empty()), "behind December's milestone, so behind March's target too");
		assertEquals(List.of(TargetProgress.NOT_MEASURED, TargetProgress.NOT_MEASURED, TargetProgress.NOT_MEASURED),
				progress(behind, "caseload", Optional.of(LocalDate.of(2024, 11, 1))), "no position known yet on the as-of date");
	}

	@Test
	void theLatestPositionOfADayIsTheOneWrittenLast() {
		MeasureFacts caseload = caseload(plan("    position 26 at 2024-12\n    position 25 at 2024-12\n"
				+ "    position 27 at 2024-09\n"));
		assertEquals("25", caseload.latestPosition().orElseThrow().getValue().getValue().toString(),
				"a later update written below an earlier one of the same month");
	}

	private static List<TargetProgress> progress(PlanFacts plan, String measure, Optional<LocalDate> asOf) {
		List<TargetFacts> targets = plan.priorityFacts().get(0).allTargets().stream()
				.filter(t -> t.measure().getName().equals(measure)).toList();
		return targets.stream().map(t -> TargetProgress.of(t, plan, asOf)).toList();
	}
}

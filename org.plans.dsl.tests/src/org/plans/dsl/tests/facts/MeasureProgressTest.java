package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/** A measure's position judged against its milestones, as hovers and reports show it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class MeasureProgressTest {

	@Inject
	private PlanLoader loader;

	private MeasureFacts caseload;
	private MeasureFacts agency;

	@BeforeEach
	void load() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve("constructs/all-constructs.plan")));
		PlanFacts plan = PlanFacts.of(loaded.resourceSet()).get(0);
		caseload = plan.measures().stream().filter(m -> m.measure().getName().equals("caseload")).findFirst().orElseThrow();
		agency = plan.measures().stream().filter(m -> m.measure().getName().equals("agency")).findFirst().orElseThrow();
	}

	@Test
	void theMilestoneForADayIsTheNextOneDue() {
		assertEquals("2024-12", caseload.milestoneFor(LocalDate.of(2024, 9, 30)).orElseThrow().getDate());
		assertEquals("2024-12", caseload.milestoneFor(LocalDate.of(2024, 12, 31)).orElseThrow().getDate());
		assertEquals("2025-03", caseload.milestoneFor(LocalDate.of(2025, 1, 1)).orElseThrow().getDate());
	}

	@Test
	void afterTheLastMilestoneTheLastOneCounts() {
		assertEquals("2025-03", caseload.milestoneFor(LocalDate.of(2026, 1, 1)).orElseThrow().getDate());
	}

	@Test
	void aMeasureWithoutMilestonesHasNone() {
		assertTrue(agency.milestoneFor(LocalDate.of(2024, 9, 30)).isEmpty());
	}

	@Test
	void lowerIsBetterMeansAtOrBelowTheGoal() {
		assertFalse(caseload.reaches(new BigDecimal("27"), new BigDecimal("25")).orElseThrow());
		assertTrue(caseload.reaches(new BigDecimal("25"), new BigDecimal("25")).orElseThrow());
		assertTrue(caseload.reaches(new BigDecimal("19.5"), new BigDecimal("20")).orElseThrow());
	}

	@Test
	void withoutADirectionNothingIsJudged(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("m.plan");
		Files.writeString(file, "plan m\nmeasure visits \"Home visits\" unit count {\n    milestone 10 by 2024-12\n}\n");
		MeasureFacts visits = PlanFacts.of(loader.load(List.of(file)).resourceSet()).get(0).measures().get(0);
		assertTrue(visits.reaches(new BigDecimal("12"), new BigDecimal("10")).isEmpty());
		assertEquals("2024-12", visits.milestoneFor(LocalDate.of(2024, 1, 1)).orElseThrow().getDate());
	}
}

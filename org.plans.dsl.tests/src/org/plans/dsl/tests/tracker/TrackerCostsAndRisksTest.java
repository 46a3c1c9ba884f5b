package org.plans.dsl.tests.tracker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.GeneratedFiles;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMapping.Milestones;
import org.plans.dsl.tracker.model.TrackerPlan;

import com.google.inject.Inject;

/** An action's costs and risks, and a priority's risks, in every tracker's description. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class TrackerCostsAndRisksTest {

	private static final String PLAN = """
			plan p "P" {
			    covers 2024-04 to 2026-03
			}
			priority 1 "Workforce" {
			    risk "Pay offers elsewhere are higher" likelihood medium impact high
			    action 1.1 "Recruit" {
			        due 2025-03
			        cost £48000 per year from 2024/25 "Two advanced practitioners"
			        cost £350 per day for 20 days
			        risk "Too few applicants" likelihood high
			    }
			    action 1.2 "Train" {
			        due 2025-06
			    }
			}
			""";

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		plan = TestFiles.planOfText(loader, "p.plan", PLAN);
	}

	@Test
	void descriptionsListCostsAndRisksWhereTheyAreWritten() {
		TrackerPlan mapped = TrackerMapping.map(plan, Milestones.DEADLINE);
		TrackerItem recruit = mapped.item("p/1.1").orElseThrow();
		assertTrue(recruit.description().contains("### Costs\n\n- £48,000 per year from 2024/25 (Two advanced practitioners)\n"
				+ "- £350 per day for 20 days\n"), recruit.description());
		assertTrue(recruit.description().contains("### Risks\n\n- Too few applicants (likelihood high, impact not given)\n"),
				recruit.description());
		assertFalse(recruit.description().contains("Pay offers"), "the priority's risk is the priority's: " + recruit.description());
		TrackerItem train = mapped.item("p/1.2").orElseThrow();
		assertFalse(train.description().contains("### Costs") || train.description().contains("### Risks"), train.description());
		String priority = mapped.items().stream().filter(i -> i.description().startsWith("**Priority 1**")).findFirst()
				.orElseThrow().description();
		assertTrue(priority.contains("### Risks\n\n- Pay offers elsewhere are higher (likelihood medium, impact high)\n"), priority);
	}

	@ParameterizedTest
	@ValueSource(strings = { "github", "gitlab", "jira", "azure-boards", "redmine" })
	void everyTrackerCarriesThem(String target) {
		String all = String.join("\n", GeneratedFiles.of(target, List.of(plan), Map.of()).values());
		assertTrue(all.contains("£350 per day for 20 days"), target + ":\n" + all);
		assertTrue(all.contains("Too few applicants (likelihood high, impact not given)"), target + ":\n" + all);
	}
}

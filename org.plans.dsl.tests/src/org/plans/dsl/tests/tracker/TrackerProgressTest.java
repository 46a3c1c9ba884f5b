package org.plans.dsl.tests.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.ProgressFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.GeneratedFiles;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.RedmineFields;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMapping.Milestones;

import com.google.inject.Inject;

/**
 * Progress entries whose RAG or status is the enum's first literal ({@code red},
 * {@code not-started}): EMF's {@code eIsSet} calls those "not given", the facts do not, and
 * every tracker shows them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TrackerProgressTest {

	/** Progress in the first literals (red, not-started); RedmineSyncTest syncs this plan too. */
	public static final String PLAN = """
			plan p "P" {
			    covers 2024-01 to 2024-12
			}
			priority 1 "Workforce" {
			    action 1.1 "Recruit" {
			        due 2024-09
			        progress 2024-04 red "Behind on hiring"
			    }
			    action 1.2 "Train" {
			        due 2024-10
			        progress 2024-05 not-started "Trainer not booked"
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

	private ActionFacts action(String ref) {
		return plan.actions().stream().filter(a -> a.ref().equals(ref)).findFirst().orElseThrow();
	}

	@Test
	void progressFactsKnowTheFirstLiterals() {
		ProgressFacts red = action("1.1").latestProgressFacts().orElseThrow();
		assertEquals(Optional.of(Rag.RED), red.rag());
		assertEquals(Optional.empty(), red.status());
		assertEquals("2024-04", red.date());
		assertEquals("Behind on hiring", red.text());
		assertTrue(red.isDated());
		ProgressFacts notStarted = action("1.2").latestProgressFacts().orElseThrow();
		assertEquals(Optional.empty(), notStarted.rag());
		assertEquals(Optional.of(Status.NOT_STARTED), notStarted.status());
	}

	@Test
	void descriptionAndLabelsCarryRedAndNotStarted() {
		List<TrackerItem> items = TrackerMapping.map(plan, Milestones.DEADLINE).items();
		TrackerItem recruit = items.stream().filter(i -> i.key().equals("p/1.1")).findFirst().orElseThrow();
		assertTrue(recruit.description().contains("**RAG:** Red  \n"), recruit.description());
		assertTrue(recruit.description().contains("- 2024-04 Red: Behind on hiring\n"), recruit.description());
		assertTrue(recruit.labels().contains("rag:red"), recruit.labels().toString());
		TrackerItem train = items.stream().filter(i -> i.key().equals("p/1.2")).findFirst().orElseThrow();
		assertTrue(train.description().contains("**Status:** Not started  \n"), train.description());
		assertTrue(train.description().contains("- 2024-05 Not started: Trainer not booked\n"), train.description());
		assertTrue(train.labels().contains("status:not-started"), train.labels().toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "github", "gitlab", "jira", "azure-boards", "redmine" })
	void everyTrackerShowsRedAndNotStarted(String target) {
		String all = String.join("\n", GeneratedFiles.of(target, List.of(plan), Map.of()).values());
		assertTrue(all.contains("2024-04 Red: Behind on hiring"), target + ":\n" + all);
		assertTrue(all.contains("2024-05 Not started: Trainer not booked"), target + ":\n" + all);
		if (!target.equals("redmine")) {
			// Redmine has no labels: RAG and status are in the description (and its status field).
			assertTrue(all.contains("rag:red"), target + ":\n" + all);
			assertTrue(all.contains("status:not-started"), target + ":\n" + all);
		}
	}

	/** What {@code plans sync redmine} sends as the issue body (RedmineSyncTest reads it back from Redmine). */
	@Test
	void redmineSyncBodyShowsTheProgressRag() {
		TrackerItem recruit = TrackerMapping.map(plan, Milestones.DEADLINE).item("p/1.1").orElseThrow();
		assertTrue(RedmineFields.description(recruit).contains("- 2024-04 Red: Behind on hiring\n"),
				RedmineFields.description(recruit));
	}
}

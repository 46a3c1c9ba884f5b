package org.plans.dsl.tests.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerItem.Level;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMapping.Milestones;
import org.plans.dsl.tracker.model.TrackerMilestone;
import org.plans.dsl.tracker.model.TrackerPlan;

import com.google.inject.Inject;

/** The shared mapping from a plan to tracker items, keys, milestones and assignees. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TrackerMappingTest {

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		plan = TestFiles.allConstructs(loader);
	}

	private static TrackerItem item(TrackerPlan tracker, String key) {
		return tracker.item(key).orElseThrow(() -> new AssertionError("no item " + key));
	}

	@Test
	void hierarchyAndStableKeys() {
		TrackerPlan tracker = TrackerMapping.map(plan, Milestones.DEADLINE);
		assertEquals(List.of("demo/priority-1", "demo/priority-1/objective-reduce-caseloads", "demo/1.1", "demo/1.2", "demo/2a",
				"demo/priority-1/action-publish-the-plan"), tracker.items().stream().map(TrackerItem::key).toList());
		assertEquals(Level.PRIORITY, item(tracker, "demo/priority-1").level());
		assertEquals("Priority 1: Workforce", item(tracker, "demo/priority-1").title());
		assertEquals("demo/priority-1/objective-reduce-caseloads", item(tracker, "demo/1.1").parentKey());
		assertEquals("demo/priority-1", item(tracker, "demo/2a").parentKey());
		assertEquals("Publish the plan", item(tracker, "demo/priority-1/action-publish-the-plan").title());
	}

	@Test
	void deadlinesBecomeDueDatesAndMonthMilestones() {
		TrackerPlan tracker = TrackerMapping.map(plan, Milestones.DEADLINE);
		TrackerItem recruit = item(tracker, "demo/1.1");
		assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), recruit.due());
		assertEquals(Optional.of(LocalDate.of(2024, 7, 1)), recruit.start());
		assertEquals(Optional.of("2025-03"), recruit.milestone());
		assertEquals(Optional.empty(), item(tracker, "demo/1.2").due(), "due from ... and ongoing has no deadline");
		assertEquals(List.of(new TrackerMilestone("2025-03", Optional.of(LocalDate.of(2025, 3, 31)),
				"Actions of Demo Council Improvement Plan due in March 2025.")), tracker.milestones());
	}

	@Test
	void priorityMilestonesOnRequest() {
		TrackerPlan tracker = TrackerMapping.map(plan, Milestones.of("priority"));
		assertEquals(List.of("Priority 1: Workforce"), tracker.milestones().stream().map(TrackerMilestone::name).toList());
		assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), tracker.milestones().get(0).due());
		assertTrue(tracker.items().stream().allMatch(i -> i.milestone().equals(Optional.of("Priority 1: Workforce"))));
	}

	@Test
	void unknownMilestoneOptionIsRefused() {
		assertEquals(Milestones.DEADLINE, Milestones.of(null));
		assertEquals(Milestones.PRIORITY, Milestones.of(" Priority "));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Milestones.of("month"));
		assertEquals("Option milestones must be deadline or priority, not 'month'", e.getMessage());
	}

	@Test
	void ragStatusAndTagsBecomeLabelsAndState() {
		TrackerPlan tracker = TrackerMapping.map(plan, Milestones.DEADLINE);
		TrackerItem recruit = item(tracker, "demo/1.1");
		assertEquals(List.of("type:action", "priority:1", "rag:amber", "status:in-progress", "workforce",
				"recruitment drive"), recruit.labels());
		assertFalse(recruit.closed());
		assertTrue(item(tracker, "demo/1.2").closed());
		assertFalse(item(tracker, "demo/priority-1").closed(), "open while an action is open");
	}

	@Test
	void leadsBecomeAssigneesThroughHandles() {
		TrackerPlan tracker = TrackerMapping.map(plan, Milestones.DEADLINE);
		assertEquals(List.of("apatel"), TrackerMapping.handles(plan, item(tracker, "demo/1.1"), ContactKind.GITHUB));
		assertEquals(List.of("apatel"), TrackerMapping.handles(plan, item(tracker, "demo/1.2"), ContactKind.GITHUB),
				"the role hos is held by ana");
		assertEquals(List.of("bode"), TrackerMapping.handles(plan, item(tracker, "demo/priority-1"), ContactKind.JIRA));
		assertEquals(List.of(), TrackerMapping.handles(plan, item(tracker, "demo/2a"), ContactKind.GITHUB));
	}

	@Test
	void targetsAndIndicatorsGoToTheDescription() {
		String description = item(TrackerMapping.map(plan, Milestones.DEADLINE), "demo/1.1").description();
		assertTrue(description.contains("- Agency social workers ≤ 15% by 2025-03\n"), description);
		assertTrue(description.contains(
				"- Average caseload per social worker ≤ 20 cases per FTE by 2025-03; milestone 25 cases per FTE by 2024-12\n"),
				description);
		assertTrue(description.contains("### Indicators\n\nNumber of permanent appointments"), description);
		assertTrue(description.contains("**Lead:** Ana Patel, HR"), description);
		assertTrue(description.contains("- 2024-09 Amber, In progress: Fewer applicants than hoped"), description);
	}

	@Test
	void markersCarryKeys() {
		String text = "text\n" + TrackerKeys.marker("demo/1.1");
		assertEquals(Optional.of("demo/1.1"), TrackerKeys.keyIn(text));
		assertEquals(Optional.empty(), TrackerKeys.keyIn("no marker"));
	}
}

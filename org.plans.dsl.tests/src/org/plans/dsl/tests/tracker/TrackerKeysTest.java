package org.plans.dsl.tests.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMapping.Milestones;
import org.plans.dsl.tracker.model.TrackerPlan;

import com.google.inject.Inject;

/**
 * Keys of actions and objectives without a number do not follow their position (issue 19: an
 * inserted unnumbered action took over another's Redmine issue): they come from the action's
 * {@code id}, else its title.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class TrackerKeysTest {

	private static final String PLAN = String.join("\n",
			"plan p",
			"priority 1 \"Workforce\" {",
			"    objective \"Recruit\" {",
			"        action \"Hold recruitment days\" { due 2025-01 }",
			"        action \"Train managers\" id train { due 2025-02 }",
			"    }",
			"    action 1.9 \"Numbered\" { due 2025-03 }",
			"    action \"Publish the plan\" { due 2025-04 }",
			"    action \"Publish the plan\" { due 2025-05 }",
			"}",
			"");

	@Inject
	private PlanLoader loader;

	private Map<String, String> titlesByKey(String text) {
		TrackerPlan tracker = TrackerMapping.map(TestFiles.planOfText(loader, "p.plan", text), Milestones.DEADLINE);
		Map<String, String> byKey = new LinkedHashMap<>();
		tracker.items().forEach(i -> assertEquals(null, byKey.put(i.key(), i.title()), "one item per key: " + i.key()));
		return byKey;
	}

	@Test
	void keysComeFromTheIdOrTheTitle() {
		assertEquals(Map.of(
				"p/priority-1", "Priority 1: Workforce",
				"p/priority-1/objective-recruit", "Recruit",
				"p/priority-1/action-hold-recruitment-days", "Hold recruitment days",
				"p/id/train", "Train managers",
				"p/1.9", "1.9 Numbered",
				"p/priority-1/action-publish-the-plan", "Publish the plan",
				"p/priority-1/action-publish-the-plan-2", "Publish the plan"), titlesByKey(PLAN));
	}

	@Test
	void insertingAnUnnumberedActionMovesNoOtherKey() {
		Map<String, String> before = titlesByKey(PLAN);
		Map<String, String> after = titlesByKey(PLAN.replace("    objective \"Recruit\" {\n",
				"    action \"A new first action\" { due 2024-12 }\n    objective \"Other\" { }\n    objective \"Recruit\" {\n"
						+ "        action \"Inserted\" { due 2025-01 }\n"));
		before.forEach((key, title) -> assertEquals(title, after.get(key), key));
		assertEquals(before.size() + 3, after.size(), after.toString());
	}

	@Test
	void theKeyByPositionIsKeptForTheSync() {
		TrackerPlan tracker = TrackerMapping.map(TestFiles.planOfText(loader, "p.plan", PLAN), Milestones.DEADLINE);
		assertEquals(Optional.of("p/priority-1/action-1"), tracker.formerKey("p/priority-1/action-hold-recruitment-days"));
		assertEquals(Optional.of("p/priority-1/action-2"), tracker.formerKey("p/id/train"));
		assertEquals(Optional.of("p/priority-1/objective-1"), tracker.formerKey("p/priority-1/objective-recruit"));
		assertEquals(Optional.empty(), tracker.formerKey("p/1.9"));
	}

	@Test
	void titlesWithoutLatinLettersOrVeryLongStayApart() {
		Map<String, String> keys = titlesByKey(String.join("\n", "plan p", "priority 1 \"P\" {",
				"    action \"Набор персонала\" { due 2025-01 }", "    action \"招聘\" { due 2025-01 }",
				"    action \"" + "Recruit and retain experienced social workers in every team, first north" + "\" { due 2025-01 }",
				"    action \"" + "Recruit and retain experienced social workers in every team, then south" + "\" { due 2025-01 }",
				"}", ""));
		assertEquals(5, keys.size(), keys.toString());
		keys.keySet().forEach(k -> assertTrue(k.length() <= 90 && k.matches("[a-z0-9/.-]+"), k));
	}
}

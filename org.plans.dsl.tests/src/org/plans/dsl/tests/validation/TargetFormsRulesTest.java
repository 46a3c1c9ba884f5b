package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.support.TestFiles;

/**
 * PLAN-401 to PLAN-405 and PLAN-502 with the target and point forms of issue 16: relative,
 * range, approximate, rate and direction-only targets; targets on priorities and objectives;
 * qualitative points, milestone comparators, fractions.
 */
public class TargetFormsRulesTest extends ValidationTestBase {

	private static final String HEAD = """
			plan demo
			person sjs "Sarah-Jane Smedmor"
			measure pct "Audits good" unit % higher is better {
			    baseline 40% at 2021-03
			}
			measure carers "Carers" unit count higher is better {
			    baseline 120 at 2023-03
			}
			""";

	private PlanLoader.Loaded load(String body) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", HEAD + body));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return loaded;
	}

	private List<String> found(String body, Rule rule) {
		return ValidationTesting.found(rule == Rule.PERCENTAGE_OUT_OF_RANGE
				? loader.loadTexts(Map.of("demo.plan", HEAD + body)) : load(body), rule.code());
	}

	private static String action(String due, String... members) {
		return "priority 1 \"P\" {\n    action 1.1 \"A\" {\n        lead sjs\n        due " + due + "\n"
				+ String.join("", List.of(members).stream().map(m -> "        " + m + "\n").toList()) + "    }\n}\n";
	}

	// line of the first member in action(): HEAD has 8 lines, then priority, action, lead, due.
	private static final int FIRST_MEMBER = 13;

	@Test
	void rateOnAnOngoingActionNeedsNoDate() {
		assertEquals(List.of(), found(action("from 2022-04 and ongoing", "target carers >= 8 per month"), Rule.TARGET_NOT_MEASURABLE));
		assertEquals(List.of("PLAN-401 WARNING demo.plan:" + FIRST_MEMBER),
				found(action("from 2022-04 and ongoing", "target carers >= 8"), Rule.TARGET_NOT_MEASURABLE));
	}

	@Test
	void directionOnlyNeedsADate() {
		assertEquals(List.of(), found(action("2025-03", "target carers increase"), Rule.TARGET_NOT_MEASURABLE));
		assertEquals(List.of(), found(action("ongoing", "target carers increase by 2023-03"), Rule.TARGET_NOT_MEASURABLE));
		assertEquals(List.of("PLAN-401 WARNING demo.plan:" + FIRST_MEMBER),
				found(action("ongoing", "target carers increase"), Rule.TARGET_NOT_MEASURABLE));
	}

	@Test
	void relativeAndRangeTargetsAreMeasurable() {
		assertEquals(List.of(), found(action("ongoing", "target carers increase by 30 by 2026-03",
				"target carers decrease by 10% by 2026-03", "target pct between 50% and 60% by 2024-03",
				"target pct >= about 60% by 2024-03"), Rule.TARGET_NOT_MEASURABLE));
	}

	@Test
	void targetsOnPrioritiesAndObjectivesCountForPlan502() {
		String bare = "priority 1 \"P\" {\n    action 1.1 \"A\" {\n        lead sjs\n        due 2025-03\n    }\n}\n";
		assertEquals(List.of("PLAN-502 WARNING demo.plan:9"), found(bare, Rule.PRIORITY_WITHOUT_MEASURABLE_TARGET));
		assertEquals(List.of(), found(bare.replace("{\n    action", "{\n    target pct >= 70% by 2024-03\n    action"),
				Rule.PRIORITY_WITHOUT_MEASURABLE_TARGET));
		assertEquals(List.of(), found(bare.replace("{\n    action", "{\n    objective \"O\" {\n        target carers increase by 2024-03\n    }\n    action"),
				Rule.PRIORITY_WITHOUT_MEASURABLE_TARGET));
		assertEquals(List.of("PLAN-502 WARNING demo.plan:9"),
				found(bare.replace("{\n    action", "{\n    target carers increase\n    action"),
						Rule.PRIORITY_WITHOUT_MEASURABLE_TARGET),
				"a priority's target is dated only by its own 'by'");
		assertEquals(List.of("PLAN-401 WARNING demo.plan:10"),
				found(bare.replace("{\n    action", "{\n    target carers increase\n    action"), Rule.TARGET_NOT_MEASURABLE));
	}

	@Test
	void percentages() {
		assertEquals(List.of(), found(action("2025-03", "target carers increase by 150% by 2026-03",
				"position pct 10 of 11 at 2022-09", "position pct 90 of 120 at 2022-09 \"a part of a whole\""),
				Rule.PERCENTAGE_OUT_OF_RANGE), "a change in % is a share of the baseline; a fraction is judged as one");
		assertEquals(List.of("PLAN-402 ERROR demo.plan:" + FIRST_MEMBER, "PLAN-402 ERROR demo.plan:" + (FIRST_MEMBER + 1),
				"PLAN-402 ERROR demo.plan:" + (FIRST_MEMBER + 2), "PLAN-402 ERROR demo.plan:" + (FIRST_MEMBER + 3)),
				found(action("2025-03", "target pct between 50% and 120% by 2026-03", "target pct >= about 101% by 2026-03",
						"milestone pct > 110% by 2024-03", "position pct 12 of 11 at 2022-09"), Rule.PERCENTAGE_OUT_OF_RANGE));
	}

	@Test
	void units() {
		assertEquals(List.of(), found(action("2025-03", "target carers decrease by 10% by 2026-03"), Rule.UNIT_MISMATCH));
		assertEquals(List.of("PLAN-403 WARNING demo.plan:" + FIRST_MEMBER, "PLAN-403 WARNING demo.plan:" + (FIRST_MEMBER + 1)),
				found(action("2025-03", "target carers between 10 and 20% by 2026-03", "milestone carers > 30 days by 2024-03"),
						Rule.UNIT_MISMATCH));
	}

	@Test
	void milestonesWithComparatorsAndQualitativePoints() {
		assertEquals(List.of(), found(action("2025-03", "milestone pct > 50% by 2021-09", "milestone pct >= 60% by 2022-09",
				"position pct at 2022-03 \"Audits improving\"", "baseline pct at 2021-01 \"Oversight weak\""),
				Rule.MILESTONE_WRONG_WAY));
		assertEquals(List.of("PLAN-404 WARNING demo.plan:" + (FIRST_MEMBER + 1)),
				found(action("2025-03", "milestone pct > 60% by 2021-09", "milestone pct >= 50% by 2022-09"), Rule.MILESTONE_WRONG_WAY));
	}

	@Test
	void relativeTargetsAgainstTheBaseline() {
		assertEquals(List.of(), found(action("2025-03", "target carers increase by 30 by 2026-03",
				"target pct between 30% and 50% by 2024-03"), Rule.TARGET_BELOW_BASELINE));
		assertEquals(List.of("PLAN-405 WARNING demo.plan:" + FIRST_MEMBER, "PLAN-405 WARNING demo.plan:" + (FIRST_MEMBER + 1)),
				found(action("2025-03", "target carers decrease by 10% by 2026-03", "target pct between 20% and 30% by 2024-03"),
						Rule.TARGET_BELOW_BASELINE));
	}
}

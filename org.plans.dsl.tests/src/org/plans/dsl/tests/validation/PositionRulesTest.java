package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.support.TestFiles;

/** PLAN-406 to PLAN-408: positions against the goal in force, verdicts against numbers, milestones against baselines. */
public class PositionRulesTest extends ValidationTestBase {

	private static final String HEAD = """
			plan demo
			person sjs "Sarah-Jane Smedmor"
			measure pct "Audits good" unit % higher is better {
			    baseline 40% at 2021-03
			}
			measure waits "Days waiting" unit days lower is better {
			    baseline 30 days at 2021-03
			}
			measure carers "Carers approved" unit count higher is better
			""";

	// line of the first member in action(): HEAD has 9 lines, then priority, action, lead, due.
	private static final int FIRST = 14;

	private List<String> found(Rule rule, String... members) {
		String body = "priority 1 \"P\" {\n    action 1.1 \"A\" {\n        lead sjs\n        due 2025-03\n"
				+ String.join("", List.of(members).stream().map(m -> "        " + m + "\n").toList()) + "    }\n}\n";
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", HEAD + body));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return ValidationTesting.found(loaded, rule.code());
	}

	private static String at(int line, String severity, Rule rule) {
		return rule.code() + " " + severity + " demo.plan:" + line;
	}

	@Test
	void positionBehindTheMilestoneInForce() {
		assertEquals(List.of(at(FIRST + 2, "WARNING", Rule.POSITION_BEHIND_GOAL)),
				found(Rule.POSITION_BEHIND_GOAL, "milestone pct 50% by 2022-03", "milestone pct 70% by 2022-09",
						"position pct 25% at 2022-09"));
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "milestone pct 50% by 2022-03",
				"milestone pct 70% by 2022-09", "position pct 55% at 2022-03"), "the March milestone is in force in March");
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "milestone waits 20 days by 2022-09",
				"position waits 18 days at 2022-06"), "lower is better");
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.POSITION_BEHIND_GOAL)), found(Rule.POSITION_BEHIND_GOAL,
				"milestone waits 20 days by 2022-09", "position waits 22 days at 2022-09"));
	}

	@Test
	void aMilestoneNotYetDueIsNotJudged() {
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "milestone waits 20 days by 2022-12",
				"position waits 27 days at 2022-09"), "on the way from 30 to 20");
		assertEquals(List.of(), found(Rule.VERDICT_CONTRADICTS_VALUE, "milestone waits 20 days by 2022-12",
				"position waits 27 days at 2022-09 on-track"));
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.VERDICT_CONTRADICTS_VALUE)), found(
				Rule.VERDICT_CONTRADICTS_VALUE, "milestone waits 20 days by 2022-12", "position waits 27 days at 2022-09 met"),
				"not met yet");
	}

	@Test
	void aRateTargetStandsFromTheStart() {
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.POSITION_BEHIND_GOAL)),
				found(Rule.POSITION_BEHIND_GOAL, "target carers >= 8 per month", "position carers 5 at 2022-09"));
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "target carers >= 8 per month", "position carers 9 at 2022-09"));
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "target carers >= 8 per month",
				"position carers 7 over 2022-03-31 to 2022-10-31", "position carers 10 of 11 at 2022-09"),
				"a count over a period, or a fraction of an unsaid whole, is not a monthly rate");
	}

	@Test
	void aPositionThatSaysItIsBehindIsOnlyNoted() {
		assertEquals(List.of(at(FIRST + 1, "INFO", Rule.POSITION_BEHIND_GOAL)), found(Rule.POSITION_BEHIND_GOAL,
				"milestone pct 70% by 2022-09", "position pct 25% at 2022-09 below-target \"recruiting\""));
		assertEquals(List.of(at(FIRST + 1, "INFO", Rule.POSITION_BEHIND_GOAL)),
				found(Rule.POSITION_BEHIND_GOAL, "milestone pct 70% by 2022-09", "position pct 25% at 2022-09 amber"));
	}

	@Test
	void comparatorsRangesFractionsAndRates() {
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.POSITION_BEHIND_GOAL)),
				found(Rule.POSITION_BEHIND_GOAL, "milestone pct > 70% by 2022-09", "position pct 70% at 2022-09"),
				"'> 70%' is not met by 70%");
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.POSITION_BEHIND_GOAL)), found(Rule.POSITION_BEHIND_GOAL,
				"target pct between 60% and 80% by 2024-03", "position pct 85% at 2024-03"), "above a range is outside it");
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "milestone pct 90% by 2022-09",
				"position pct 10 of 11 at 2022-09"), "10 of 11 is 91%");
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.POSITION_BEHIND_GOAL)),
				found(Rule.POSITION_BEHIND_GOAL, "milestone pct 95% by 2022-09", "position pct 10 of 11 at 2022-09"));
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "milestone pct 70% by 2022-09",
				"position pct at 2022-09 \"improving\""), "a position without a number is not judged");
	}

	@Test
	void aLateMilestoneIsTheGoalAfterItsDay() {
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.POSITION_BEHIND_GOAL)),
				found(Rule.POSITION_BEHIND_GOAL, "milestone pct 70% by 2022-09", "position pct 60% at 2023-09"));
	}

	@Test
	void verdictsAgainstNumbers() {
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.VERDICT_CONTRADICTS_VALUE)),
				found(Rule.VERDICT_CONTRADICTS_VALUE, "milestone pct 70% by 2022-09", "position pct 25% at 2022-09 met"));
		assertEquals(List.of(at(FIRST + 1, "WARNING", Rule.VERDICT_CONTRADICTS_VALUE)), found(
				Rule.VERDICT_CONTRADICTS_VALUE, "milestone pct 70% by 2022-09", "position pct 75% at 2022-09 below-target"));
		assertEquals(List.of(), found(Rule.VERDICT_CONTRADICTS_VALUE, "milestone pct 70% by 2022-09",
				"position pct 75% at 2022-09 met", "position pct 65% at 2022-06 off-track"));
		assertEquals(List.of(), found(Rule.POSITION_BEHIND_GOAL, "milestone pct 70% by 2022-09",
				"position pct 25% at 2022-09 met"), "a contradicting verdict is reported once, by PLAN-408");
	}

	@Test
	void milestonesAgainstTheBaseline() {
		assertEquals(List.of(at(FIRST, "WARNING", Rule.MILESTONE_BELOW_BASELINE), at(FIRST + 1, "WARNING",
				Rule.MILESTONE_BELOW_BASELINE)), found(Rule.MILESTONE_BELOW_BASELINE, "milestone pct 30% by 2022-09",
						"milestone waits 35 days by 2022-09"));
		assertEquals(List.of(), found(Rule.MILESTONE_BELOW_BASELINE, "milestone pct 45% by 2022-09",
				"milestone waits 25 days by 2022-09", "milestone pct 40% by 2021-09"));
	}
}

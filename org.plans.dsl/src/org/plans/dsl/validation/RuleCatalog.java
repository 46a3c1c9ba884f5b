package org.plans.dsl.validation;

import static org.plans.dsl.validation.IssueCodes.*;
import static org.plans.dsl.validation.Rule.Level.ERROR;
import static org.plans.dsl.validation.Rule.Level.INFO;
import static org.plans.dsl.validation.Rule.Level.WARNING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule the validator reports, with its default severity: what the command line
 * prints as SARIF rule metadata and docs/rules.md describes.
 */
public final class RuleCatalog {

	private static final List<Rule> RULES = List.of(
			new Rule(INTERNAL_ERROR, "internal-error", ERROR, "A rule failed internally; the other rules still ran."),
			new Rule(SYNTAX, "syntax", ERROR, "The text does not follow the language's syntax."),
			new Rule(UNRESOLVED_REFERENCE, "unresolved-reference", ERROR, "A name is used that nothing declares."),
			new Rule(CONFIGURATION, "configuration", ERROR, "plans.properties has a key or value the validator does not know."),
			new Rule(UNKNOWN_PLAN, "unknown-plan", ERROR, "A file uses a plan that is not loaded."),
			new Rule(NOT_PLAN_TEXT, "not-plan-text", ERROR, "A file is not UTF-8 text: another encoding, or binary."),
			new Rule(DUPLICATE_NAME, "duplicate-name", ERROR, "Two declarations of the same kind share a name in one plan."),
			new Rule(DUPLICATE_ACTION, "duplicate-action", ERROR, "Two actions share a reference in one plan."),
			new Rule(PRIORITY_WITHOUT_OBJECTIVES, "priority-without-objectives", WARNING,
					"A priority has neither objectives nor actions."),
			new Rule(OBJECTIVE_WITHOUT_ACTIONS, "objective-without-actions", WARNING, "An objective has no actions."),
			new Rule(ACTION_WITHOUT_LEAD, "action-without-lead", WARNING, "An action has no lead."),
			new Rule(ACTION_WITHOUT_DEADLINE, "action-without-deadline", WARNING, "An action has no due line."),
			new Rule(UNUSED_PARTY, "unused-party", WARNING,
					"A person, role, team or partner is declared but never named in the plan."),
			new Rule(REPEATED_DATE_LINE, "repeated-date-line", WARNING,
					"An action has more than one start or due line; only the first counts."),
			new Rule(IMPOSSIBLE_DATE, "impossible-date", ERROR, "A date that does not exist, such as 2019-13 or 2019/21."),
			new Rule(START_AFTER_DEADLINE, "start-after-deadline", ERROR, "An action starts after its deadline."),
			new Rule(OUTSIDE_PLAN_PERIOD, "outside-plan-period", WARNING,
					"A deadline, milestone or progress entry falls outside the period the plan covers."),
			new Rule(OUT_OF_ORDER, "out-of-order", WARNING, "Milestones or progress entries are not in date order."),
			new Rule(PROGRESS_AFTER_AS_OF, "progress-after-as-of", WARNING,
					"A progress entry is dated after the plan's \"as of\" date."),
			new Rule(PERIOD_ENDS_BEFORE_START, "period-ends-before-start", ERROR,
					"The plan's period ends before it starts."),
			new Rule(OVERDUE, "overdue", WARNING, "An action's deadline has passed and it is not complete."),
			new Rule(NO_RECENT_PROGRESS, "no-recent-progress", WARNING,
					"An open action has had no progress update for longer than its board's meeting cadence."),
			new Rule(TARGET_NOT_MEASURABLE, "target-not-measurable", WARNING, "A target has no number or no date."),
			new Rule(PERCENTAGE_OUT_OF_RANGE, "percentage-out-of-range", ERROR, "A percentage below 0 or above 100."),
			new Rule(UNIT_MISMATCH, "unit-mismatch", WARNING, "A value is written in a unit other than its measure's."),
			new Rule(MILESTONE_WRONG_WAY, "milestone-wrong-way", WARNING,
					"A milestone is worse than the one before it."),
			new Rule(TARGET_BELOW_BASELINE, "target-below-baseline", WARNING,
					"A target is less ambitious than the measure's baseline."),
			new Rule(RECOMMENDATION_NOT_ADDRESSED, "recommendation-not-addressed", WARNING,
					"No action, objective or priority addresses a recommendation."),
			new Rule(PRIORITY_WITHOUT_MEASURABLE_TARGET, "priority-without-measurable-target", WARNING,
					"No action of a priority has a measurable target."),
			new Rule(COMPLETE_BUT_RED, "complete-but-red", WARNING, "An action is complete but its latest RAG is red."),
			new Rule(BLUE_BUT_NOT_COMPLETE, "blue-but-not-complete", WARNING,
					"An action's latest RAG is blue (complete) but its status is not complete."),
			new Rule(RAG_WITHOUT_NOTE, "rag-without-note", WARNING, "A red or amber progress entry has no note."),
			new Rule(DEPENDENCY_CYCLE, "dependency-cycle", ERROR, "Actions depend on each other in a circle."),
			new Rule(DUE_BEFORE_DEPENDENCY, "due-before-dependency", WARNING,
					"An action is due before an action it depends on."),
			new Rule(LEAD_OVERLOADED, "lead-overloaded", INFO,
					"One lead has more open actions due in one month than the configured limit."));

	private static final Map<String, Rule> BY_CODE = new LinkedHashMap<>();

	static {
		RULES.forEach(rule -> BY_CODE.put(rule.code(), rule));
	}

	private RuleCatalog() {
	}

	public static List<Rule> all() {
		return RULES;
	}

	public static Optional<Rule> get(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}
}

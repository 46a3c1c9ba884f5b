package org.plans.dsl.rules;

import static org.plans.dsl.rules.Rule.Level.ERROR;
import static org.plans.dsl.rules.Rule.Level.INFO;
import static org.plans.dsl.rules.Rule.Level.WARNING;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule the validator reports: its stable code, a short name, its default severity, what it
 * checks in one line, and whether a project may change its severity in {@code plans.properties}.
 * The command line prints this as SARIF rule metadata; docs/rules.md describes each rule.
 * Codes: 0xx reading and linking, 1xx structure, 2xx dates, 3xx overdue, 4xx measurability,
 * 5xx coverage, 6xx consistency, 7xx workload.
 */
public enum Rule {

	INTERNAL_ERROR("PLAN-000", "internal-error", ERROR, "A rule failed internally; the other rules still ran."),
	// PLAN-001, -002 and -005 come from reading the file, before the rules: always errors
	SYNTAX("PLAN-001", "syntax", ERROR, "The text does not follow the language's syntax.", false),
	UNRESOLVED_REFERENCE("PLAN-002", "unresolved-reference", ERROR, "A name is used that nothing declares.", false),
	CONFIGURATION("PLAN-003", "configuration", ERROR, "plans.properties has a key or value the validator does not know."),
	UNKNOWN_PLAN("PLAN-004", "unknown-plan", ERROR, "A file uses a plan that is not loaded."),
	NOT_PLAN_TEXT("PLAN-005", "not-plan-text", ERROR, "A file is not UTF-8 text: another encoding, or binary.", false),

	DUPLICATE_NAME("PLAN-101", "duplicate-name", ERROR, "Two declarations of the same kind share a name in one plan."),
	DUPLICATE_ACTION("PLAN-102", "duplicate-action", ERROR, "Two actions share a reference in one plan."),
	PRIORITY_WITHOUT_OBJECTIVES("PLAN-103", "priority-without-objectives", WARNING,
			"A priority has neither objectives nor actions."),
	OBJECTIVE_WITHOUT_ACTIONS("PLAN-104", "objective-without-actions", WARNING, "An objective has no actions."),
	ACTION_WITHOUT_LEAD("PLAN-105", "action-without-lead", WARNING, "An action has no lead."),
	ACTION_WITHOUT_DEADLINE("PLAN-106", "action-without-deadline", WARNING, "An action has no due line."),
	UNUSED_PARTY("PLAN-107", "unused-party", WARNING,
			"A person, role, team or partner is declared but never named in the plan."),
	REPEATED_DATE_LINE("PLAN-108", "repeated-date-line", WARNING,
			"An action has more than one start or due line; only the first counts."),
	INVALID_HANDLE("PLAN-109", "invalid-handle", ERROR,
			"A person's github, gitlab, jira, redmine or azure handle is not one the platform allows."),

	IMPOSSIBLE_DATE("PLAN-201", "impossible-date", ERROR, "A date that does not exist, such as 2019-13 or 2019/21."),
	START_AFTER_DEADLINE("PLAN-202", "start-after-deadline", ERROR, "An action starts after its deadline."),
	OUTSIDE_PLAN_PERIOD("PLAN-203", "outside-plan-period", WARNING,
			"A deadline, milestone or progress entry falls outside the period the plan covers."),
	OUT_OF_ORDER("PLAN-204", "out-of-order", WARNING, "Milestones or progress entries are not in date order."),
	PROGRESS_AFTER_AS_OF("PLAN-205", "progress-after-as-of", WARNING,
			"A progress entry is dated after the plan's \"as of\" date."),
	PERIOD_ENDS_BEFORE_START("PLAN-206", "period-ends-before-start", ERROR, "The plan's period ends before it starts."),
	CALENDAR_QUARTER_IN_FINANCIAL_PLAN("PLAN-207", "calendar-quarter-in-financial-plan", INFO,
			"A calendar quarter (2022-Q3) in a plan whose text counts quarters of financial years (\"Q2 2022/23\")."),
	DATE_IN_WORDS("PLAN-208", "date-in-words", WARNING,
			"A start or deadline written only in words that name a date, such as due \"Dec 2024\"."),

	OVERDUE("PLAN-301", "overdue", WARNING, "An action's deadline has passed and it is not complete."),
	NO_RECENT_PROGRESS("PLAN-302", "no-recent-progress", WARNING,
			"An open action has had no progress update for longer than its board's meeting cadence."),

	TARGET_NOT_MEASURABLE("PLAN-401", "target-not-measurable", WARNING, "A target has no number or no date."),
	PERCENTAGE_OUT_OF_RANGE("PLAN-402", "percentage-out-of-range", ERROR, "A percentage below 0 or above 100."),
	UNIT_MISMATCH("PLAN-403", "unit-mismatch", WARNING, "A value is written in a unit other than its measure's."),
	MILESTONE_WRONG_WAY("PLAN-404", "milestone-wrong-way", WARNING, "A milestone is worse than the one before it."),
	TARGET_BELOW_BASELINE("PLAN-405", "target-below-baseline", WARNING,
			"A target is less ambitious than the measure's baseline."),
	POSITION_BEHIND_GOAL("PLAN-406", "position-behind-goal", WARNING,
			"A position is behind the milestone or target in force at its date."),
	MILESTONE_BELOW_BASELINE("PLAN-407", "milestone-below-baseline", WARNING,
			"A milestone is worse than the measure's baseline."),
	VERDICT_CONTRADICTS_VALUE("PLAN-408", "verdict-contradicts-value", WARNING,
			"A position's verdict (met, below-target ...) disagrees with its number."),

	RECOMMENDATION_NOT_ADDRESSED("PLAN-501", "recommendation-not-addressed", WARNING,
			"No action, objective or priority addresses a recommendation."),
	PRIORITY_WITHOUT_MEASURABLE_TARGET("PLAN-502", "priority-without-measurable-target", WARNING,
			"No action of a priority has a measurable target."),

	COMPLETE_BUT_RED("PLAN-601", "complete-but-red", WARNING, "An action is complete but its latest RAG is red."),
	BLUE_BUT_NOT_COMPLETE("PLAN-602", "blue-but-not-complete", WARNING,
			"An action's latest RAG is blue (complete) but its status is not complete."),
	RAG_WITHOUT_NOTE("PLAN-603", "rag-without-note", WARNING, "A red or amber progress entry has no note."),
	DEPENDENCY_CYCLE("PLAN-604", "dependency-cycle", ERROR, "Actions depend on each other in a circle."),
	DUE_BEFORE_DEPENDENCY("PLAN-605", "due-before-dependency", WARNING,
			"An action is due before an action it depends on."),

	LEAD_OVERLOADED("PLAN-701", "lead-overloaded", INFO,
			"One lead has more open actions due in one month than the configured limit."),

	RATE_IN_WORDS("PLAN-801", "rate-in-words", INFO,
			"A cost whose rate is written only in its words (cost £350 \"per day for 6 months\"), so it is not added up.");

	private static final Map<String, Rule> BY_CODE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(Rule::code, Function.identity()));

	private final String code;
	private final String shortName;
	private final Level defaultLevel;
	private final String summary;
	private final boolean severityChangeable;

	Rule(String code, String shortName, Level defaultLevel, String summary) {
		this(code, shortName, defaultLevel, summary, true);
	}

	Rule(String code, String shortName, Level defaultLevel, String summary, boolean severityChangeable) {
		this.code = code;
		this.shortName = shortName;
		this.defaultLevel = defaultLevel;
		this.summary = summary;
		this.severityChangeable = severityChangeable;
	}

	/** The rule with this code ({@code PLAN-105}), if there is one. */
	public static Optional<Rule> byCode(String code) {
		return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
	}

	/** The stable code findings carry: {@code PLAN-105}. */
	public String code() {
		return code;
	}

	/** The short name, as in docs/rules.md's heading: {@code action-without-lead}. */
	public String shortName() {
		return shortName;
	}

	public Level defaultLevel() {
		return defaultLevel;
	}

	/** What the rule checks, in one line. */
	public String summary() {
		return summary;
	}

	/** Whether {@code plans.properties} or the caller may change the severity. */
	public boolean severityChangeable() {
		return severityChangeable;
	}

	/** Where docs/rules.md describes the rule, as a path with an anchor: {@code docs/rules.md#plan-105-action-without-lead}. */
	public String docsLink() {
		return "docs/rules.md#" + code.toLowerCase(Locale.ROOT) + "-" + shortName;
	}

	/** How seriously a finding counts; {@code IGNORE} switches the rule off. */
	public enum Level {
		ERROR, WARNING, INFO, IGNORE;

		/** "error", "warning", "info" or "ignore", in any case; empty for anything else. */
		public static Optional<Level> parse(String text) {
			if (text == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				return Optional.empty();
			}
		}

		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}

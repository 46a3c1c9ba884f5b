package org.plans.dsl.validation;

/**
 * Stable codes of the plans rules; each has an entry in {@link RuleCatalog} and in
 * docs/rules.md. 0xx linking and internal, 1xx structure, 2xx dates, 3xx overdue,
 * 4xx measurability, 5xx coverage, 6xx consistency, 7xx workload.
 */
public final class IssueCodes {

	public static final String INTERNAL_ERROR = "PLAN-000";
	/** The text does not follow the language's syntax. */
	public static final String SYNTAX = "PLAN-001";
	public static final String UNRESOLVED_REFERENCE = "PLAN-002";
	public static final String CONFIGURATION = "PLAN-003";
	public static final String UNKNOWN_PLAN = "PLAN-004";
	/** The file is not plan text: not UTF-8, UTF-16, or binary (a NUL character). */
	public static final String NOT_PLAN_TEXT = "PLAN-005";

	public static final String DUPLICATE_NAME = "PLAN-101";
	public static final String DUPLICATE_ACTION = "PLAN-102";
	public static final String PRIORITY_WITHOUT_OBJECTIVES = "PLAN-103";
	public static final String OBJECTIVE_WITHOUT_ACTIONS = "PLAN-104";
	public static final String ACTION_WITHOUT_LEAD = "PLAN-105";
	public static final String ACTION_WITHOUT_DEADLINE = "PLAN-106";
	public static final String UNUSED_PARTY = "PLAN-107";
	public static final String REPEATED_DATE_LINE = "PLAN-108";

	public static final String IMPOSSIBLE_DATE = "PLAN-201";
	public static final String START_AFTER_DEADLINE = "PLAN-202";
	public static final String OUTSIDE_PLAN_PERIOD = "PLAN-203";
	public static final String OUT_OF_ORDER = "PLAN-204";
	public static final String PROGRESS_AFTER_AS_OF = "PLAN-205";
	public static final String PERIOD_ENDS_BEFORE_START = "PLAN-206";

	public static final String OVERDUE = "PLAN-301";
	public static final String NO_RECENT_PROGRESS = "PLAN-302";

	public static final String TARGET_NOT_MEASURABLE = "PLAN-401";
	public static final String PERCENTAGE_OUT_OF_RANGE = "PLAN-402";
	public static final String UNIT_MISMATCH = "PLAN-403";
	public static final String MILESTONE_WRONG_WAY = "PLAN-404";
	public static final String TARGET_BELOW_BASELINE = "PLAN-405";

	public static final String RECOMMENDATION_NOT_ADDRESSED = "PLAN-501";
	public static final String PRIORITY_WITHOUT_MEASURABLE_TARGET = "PLAN-502";

	public static final String COMPLETE_BUT_RED = "PLAN-601";
	public static final String BLUE_BUT_NOT_COMPLETE = "PLAN-602";
	public static final String RAG_WITHOUT_NOTE = "PLAN-603";
	public static final String DEPENDENCY_CYCLE = "PLAN-604";
	public static final String DUE_BEFORE_DEPENDENCY = "PLAN-605";

	public static final String LEAD_OVERLOADED = "PLAN-701";

	private IssueCodes() {
	}
}

package org.plans.dsl.validation;

/** Stable codes of the plans rules; each has an entry in docs/rules.md. */
public final class IssueCodes {

	/** The text does not follow the language's syntax. */
	public static final String SYNTAX = "PLAN-001";

	/** The file is not plan text: not UTF-8, UTF-16, or binary (a NUL character). */
	public static final String NOT_PLAN_TEXT = "PLAN-000";

	private IssueCodes() {
	}
}

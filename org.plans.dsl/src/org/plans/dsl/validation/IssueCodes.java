package org.plans.dsl.validation;

/** Stable codes of the plans rules; each has an entry in docs/rules.md. */
public final class IssueCodes {

	/** The text does not follow the language's syntax. */
	public static final String SYNTAX = "PLAN-001";

	private IssueCodes() {
	}
}

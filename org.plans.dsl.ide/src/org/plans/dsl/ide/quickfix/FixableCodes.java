package org.plans.dsl.ide.quickfix;

import org.plans.dsl.validation.IssueCodes;

/** The diagnostic codes that have quick fixes. */
public final class FixableCodes {

	/** A reference that names nothing declared. */
	public static final String UNRESOLVED_REFERENCE = IssueCodes.UNRESOLVED_REFERENCE;

	/** An action without a deadline ({@code due}). */
	public static final String MISSING_DEADLINE = IssueCodes.ACTION_WITHOUT_DEADLINE;

	/** Milestones (or progress entries) not written in date order; the fix orders milestones. */
	public static final String MILESTONES_OUT_OF_ORDER = IssueCodes.OUT_OF_ORDER;

	/** A second start or due line in an action; the fix removes it. */
	public static final String REPEATED_DATE_LINE = IssueCodes.REPEATED_DATE_LINE;

	private FixableCodes() {
	}
}

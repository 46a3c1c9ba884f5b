package org.plans.dsl.ide.quickfix;

import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * The diagnostic codes that have quick fixes. The rule codes are placeholders until
 * {@code org.plans.dsl.validation.IssueCodes} defines the rules: then these constants
 * point at {@code IssueCodes.MISSING_DEADLINE} and {@code IssueCodes.MILESTONES_OUT_OF_ORDER}.
 */
public final class FixableCodes {

	/** A reference that names nothing declared (Xtext's linking diagnostic). */
	public static final String UNRESOLVED_REFERENCE = Diagnostic.LINKING_DIAGNOSTIC;

	/** An action without a deadline ({@code due}). */
	public static final String MISSING_DEADLINE = "missing-deadline";

	/** A measure's (or target's) milestones are not written in date order. */
	public static final String MILESTONES_OUT_OF_ORDER = "milestones-out-of-order";

	private FixableCodes() {
	}
}

package org.plans.dsl.validation;

import java.lang.reflect.Method;

import org.apache.log4j.Logger;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.ComposedChecks;
import org.plans.dsl.rules.Rule;

/**
 * The plans rules, one small class per area; codes and default severities in {@link Rule}.
 * A rule that throws is reported as {@link Rule#INTERNAL_ERROR}
 * on the element it was checking, and the other rules still run.
 */
@ComposedChecks(validators = { StructureRules.class, DateRules.class, OverdueRules.class, MeasurabilityRules.class,
		CoverageRules.class, ConsistencyRules.class, WorkloadRules.class, ConfigurationRules.class,
		ReferenceRules.class, FinancialQuarterRules.class, PositionRules.class, ContactRules.class, CostRules.class,
		UnusualSpaceRules.class })
public class PlansValidator extends AbstractPlansValidator {

	@Override
	protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instance, Method method) {
		return new ContainedRule(instance, method);
	}

	/** Calls one rule; turns anything it throws into a diagnostic and a logged stack trace. */
	static class ContainedRule extends MethodWrapper {

		private static final Logger LOG = Logger.getLogger(PlansValidator.class);

		ContainedRule(AbstractDeclarativeValidator instance, Method method) {
			super(instance, method);
		}

		@Override
		protected void handleInvocationTargetException(Throwable failure, State state) {
			if (failure.getClass().getName().equals("org.eclipse.xtext.validation.GuardException")) {
				return;
			}
			String detail = failure.getClass().getSimpleName()
					+ (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + where(failure);
			LOG.error("Rule " + getMethod().getName() + " failed on " + state.currentObject, failure);
			String message = "Internal error in rule " + getMethod().getName() + " (" + detail
					+ "). The other rules still ran. Please report this to the maintainers of plans.";
			if (getInstance() instanceof PlanRules rules) {
				rules.report(Rule.INTERNAL_ERROR, message, state.currentObject, null);
			} else {
				getInstance().acceptError(message, state.currentObject, null, INSIGNIFICANT_INDEX,
						Rule.INTERNAL_ERROR.code());
			}
		}

		/** The first frame in plans' own code, so that a report says where it failed. */
		private static String where(Throwable failure) {
			for (StackTraceElement frame : failure.getStackTrace()) {
				if (frame.getClassName().startsWith("org.plans.")) {
					return " at " + frame.getFileName() + ":" + frame.getLineNumber();
				}
			}
			return "";
		}
	}
}

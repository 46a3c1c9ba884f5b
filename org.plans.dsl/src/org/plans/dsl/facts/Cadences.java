package org.plans.dsl.facts;

import java.time.Period;

import org.plans.dsl.plans.Cadence;

/** How often something recurs, as words and as a period. */
public final class Cadences {

	private Cadences() {
	}

	public static String describe(Cadence cadence) {
		if (cadence == null) {
			return "";
		}
		if (cadence.getPeriod() != null && cadence.getCount() > 0) {
			return "every " + cadence.getCount() + " " + cadence.getPeriod().getLiteral();
		}
		return cadence.getKind().getLiteral();
	}

	/** The time between two occurrences; termly counts as four months. */
	public static Period period(Cadence cadence) {
		if (cadence.getCount() > 0) {
			return switch (cadence.getPeriod()) {
			case WEEKS -> Period.ofWeeks(cadence.getCount());
			case MONTHS -> Period.ofMonths(cadence.getCount());
			case YEARS -> Period.ofYears(cadence.getCount());
			};
		}
		return switch (cadence.getKind()) {
		case WEEKLY -> Period.ofWeeks(1);
		case FORTNIGHTLY -> Period.ofWeeks(2);
		case MONTHLY -> Period.ofMonths(1);
		case QUARTERLY -> Period.ofMonths(3);
		case TERMLY -> Period.ofMonths(4);
		case ANNUALLY -> Period.ofYears(1);
		};
	}
}

package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.Optional;

import org.plans.dsl.plans.Cadence;
import org.plans.dsl.plans.Timing;

/**
 * A start or deadline as written ({@code due 2019-12}, {@code due from 2019-05 and ongoing},
 * {@code due quarterly}, {@code due tbc}) and what it means in days.
 */
public record When(Timing timing, Optional<DateSpan> date, boolean from, boolean ongoing, Cadence cadence, boolean tbc,
		String text) {

	public static final When NONE = new When(null, Optional.empty(), false, false, null, false, null);

	public static When of(Timing timing) {
		if (timing == null) {
			return NONE;
		}
		return new When(timing, DateSpan.parse(timing.getDate()), timing.isFrom(), timing.isOngoing(),
				timing.getCadence(), timing.isTbc(), timing.getText());
	}

	public boolean isGiven() {
		return timing != null;
	}

	/** True when a date was written but is not a real date (2019-13). */
	public boolean hasInvalidDate() {
		return timing != null && timing.getDate() != null && date.isEmpty();
	}

	/** Ongoing, recurring, or only "from" a date: there is no day by which it is finished. */
	public boolean isOpenEnded() {
		return ongoing || cadence != null || from;
	}

	/** The last day of the date, when one is written and it is not only a "from" date. */
	public Optional<LocalDate> deadline() {
		return from ? Optional.empty() : date.map(DateSpan::last);
	}

	/** The first day of the date, for a start. */
	public Optional<LocalDate> firstDay() {
		return date.map(DateSpan::first);
	}

	/** The words a person would say: "2019-12", "from 2019-05 and ongoing", "quarterly", "tbc". */
	public String describe() {
		if (timing == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		if (tbc) {
			sb.append("tbc");
		}
		if (from) {
			sb.append("from ");
		}
		if (timing.getDate() != null) {
			sb.append(timing.getDate());
		}
		if (ongoing) {
			sb.append(sb.length() == 0 ? "ongoing" : " and ongoing");
		}
		if (cadence != null) {
			sb.append(sb.length() == 0 ? "" : " and ").append(Cadences.describe(cadence));
		}
		if (text != null) {
			sb.append(sb.length() == 0 ? "" : " ").append(sb.length() == 0 ? text : "(" + text + ")");
		}
		return sb.toString();
	}
}

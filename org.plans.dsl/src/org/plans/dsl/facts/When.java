package org.plans.dsl.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Cadence;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.PriorityKind;
import org.plans.dsl.plans.Timing;

/**
 * A start or deadline as written ({@code due 2019-12}, {@code due from 2019-05 and ongoing},
 * {@code due quarterly}, {@code due tbc}, {@code due immediately}, {@code due about 2022-03})
 * and what it means in days. {@code immediately} means the plan's issue date; an approximate
 * date ({@code about}) is judged at the end of the month it ends in. {@code inheritedFrom} is
 * the objective or priority whose {@code due} line an action without its own takes, else null.
 */
public record When(Timing timing, Optional<DateSpan> date, boolean from, boolean ongoing, Cadence cadence, boolean tbc,
		String text, boolean approximate, boolean immediately, EObject inheritedFrom) {

	public static final When NONE = new When(null, Optional.empty(), false, false, null, false, null, false, false,
			null);

	/** The timing read with the calendar of the plan it is written in. */
	public static When of(Timing timing) {
		return timing == null ? NONE : of(timing, PlanCalendar.of(timing));
	}

	public static When of(Timing timing, PlanCalendar calendar) {
		if (timing == null) {
			return NONE;
		}
		Optional<DateSpan> date = timing.isImmediately() ? calendar.issued() : calendar.span(timing.getDate());
		return new When(timing, date, timing.isFrom(), timing.isOngoing(), timing.getCadence(), timing.isTbc(),
				timing.getText(), timing.isAbout(), timing.isImmediately(), null);
	}

	/** The same timing, as an action takes it from the objective or priority {@code owner}. */
	public When inheritedFrom(EObject owner) {
		return timing == null ? this
				: new When(timing, date, from, ongoing, cadence, tbc, text, approximate, immediately, owner);
	}

	public boolean isGiven() {
		return timing != null;
	}

	public boolean isInherited() {
		return inheritedFrom != null;
	}

	/** True when a date was written but is not a real date (2019-13). */
	public boolean hasInvalidDate() {
		return timing != null && timing.getDate() != null && date.isEmpty();
	}

	/** Ongoing, recurring, or only "from" a date: there is no day by which it is finished. */
	public boolean isOpenEnded() {
		return ongoing || cadence != null || from;
	}

	/** The last day of the date (of its month, when approximate), when one is given and it is not only a "from" date. */
	public Optional<LocalDate> deadline() {
		return from ? Optional.empty()
				: date.map(DateSpan::last).map(d -> approximate ? YearMonth.from(d).atEndOfMonth() : d);
	}

	/** The first day of the date, for a start. */
	public Optional<LocalDate> firstDay() {
		return date.map(DateSpan::first);
	}

	/** The form as written: "2019-12", "from 2019-05 and ongoing", "about 2022-03", "immediately", "tbc". */
	public String written() {
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
		if (immediately) {
			sb.append("immediately");
		}
		if (timing.getDate() != null) {
			sb.append(approximate ? "about " : "").append(timing.getDate());
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

	/** The words a person would say: the written form, the issue date "immediately" means, where an inherited deadline comes from. */
	public String describe() {
		String words = immediately && date.isPresent() ? written().replaceFirst("immediately", "immediately (" + date.get() + ")")
				: written();
		return isInherited() ? words + " (inherited from " + ownerLabel() + ")" : words;
	}

	/** "objective 1.2", "priority 1", "workstream A", or the objective's title when it has no number. */
	public String ownerLabel() {
		if (inheritedFrom instanceof Objective o) {
			return o.getName() != null ? "objective " + o.getName() : "objective \"" + o.getTitle() + "\"";
		}
		if (inheritedFrom instanceof Priority p) {
			return (p.getKind() == PriorityKind.WORKSTREAM ? "workstream " : "priority ") + p.getName();
		}
		return "";
	}
}

package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The day a plan's progress is judged at, the same for validation and every output: the
 * caller's date ({@code --as-of}), else the plan's own {@code as of} line, else none. With none,
 * nothing is judged overdue or due soon: outputs say that no as-of date was given instead of
 * judging against the day they happen to run, so the same plan gives the same result every day.
 */
public final class AsOfDate {

	/** Where the day came from. */
	public enum Origin {
		CALLER, PLAN, NONE
	}

	private final PlanFacts plan;
	private final Optional<LocalDate> day;
	private final Origin origin;

	private AsOfDate(PlanFacts plan, Optional<LocalDate> day, Origin origin) {
		this.plan = plan;
		this.day = day;
		this.origin = origin;
	}

	/** The caller's date if given, else the plan's "as of", else none. */
	public static AsOfDate of(Optional<LocalDate> callerAsOf, PlanFacts plan) {
		Objects.requireNonNull(plan, "plan");
		if (callerAsOf.isPresent()) {
			return new AsOfDate(plan, callerAsOf, Origin.CALLER);
		}
		Optional<LocalDate> own = plan.asOf();
		return new AsOfDate(plan, own, own.isPresent() ? Origin.PLAN : Origin.NONE);
	}

	/** The plan's own "as of", else none. */
	public static AsOfDate of(PlanFacts plan) {
		return of(Optional.empty(), plan);
	}

	public Optional<LocalDate> day() {
		return day;
	}

	public Origin origin() {
		return origin;
	}

	public boolean isGiven() {
		return day.isPresent();
	}

	/** Overdue at the as-of day; never when there is none. */
	public boolean isOverdue(ActionFacts action) {
		return day.filter(action::isOverdue).isPresent();
	}

	/** The plan's overdue actions, soonest first; none without an as-of day. */
	public List<ActionFacts> overdue() {
		return day.map(plan::overdue).orElse(List.of());
	}

	/** The last day of the {@code days} after the as-of day, when there is one. */
	public Optional<LocalDate> until(int days) {
		return day.map(d -> d.plusDays(days));
	}

	/** Open actions due from the as-of day to {@code days} later, soonest first; none without an as-of day. */
	public List<ActionFacts> dueWithin(int days) {
		return day.map(d -> plan.dueBetween(d, d.plusDays(days))).orElse(List.of());
	}

	/**
	 * A day for formats that must carry one (an iCalendar {@code DTSTAMP}): the as-of day, else
	 * the latest progress date the plan records, else the first day it covers or its issue
	 * date, else 1 January 1970. Never the day of the run, so outputs stay the same from day to day.
	 */
	public LocalDate stamp() {
		return day.or(this::latestProgressDay).or(plan::startDate).orElse(LocalDate.EPOCH);
	}

	private Optional<LocalDate> latestProgressDay() {
		return plan.actions().stream().map(ActionFacts::latestDatedProgress).flatMap(Optional::stream)
				.map(p -> DateSpan.lastDayOf(p.getDate())).flatMap(Optional::stream).max(LocalDate::compareTo);
	}

	@Override
	public String toString() {
		return day.map(LocalDate::toString).orElse("none") + " (" + origin.name().toLowerCase(Locale.ROOT) + ")";
	}
}

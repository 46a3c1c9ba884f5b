package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;

import org.plans.dsl.plans.Change;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.RatePeriod;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Unit;

/**
 * A target and what it commits to: a measure; a comparison with a number ({@code >= 80%}),
 * a range ({@code between 14 and 16}), a change from the baseline in force ({@code increase
 * by 30}, {@code decrease by 10%}) or a direction only ({@code increase}); perhaps a rate
 * ({@code per month}); and the day by which it is due (its own {@code by} date, else the
 * deadline of its action).
 */
public record TargetFacts(Target target, Optional<LocalDate> date) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The forms a target's goal takes. */
	public enum Form {
		/** {@code >= 80%}. */
		COMPARISON,
		/** {@code between 14 and 16}. */
		RANGE,
		/** {@code increase by 30}, {@code decrease by 10%}: relative to the baseline in force. */
		CHANGE,
		/** {@code increase}, {@code decrease}: a direction without a number. */
		DIRECTION,
		/** Only a measure, or only words. */
		NONE
	}

	public static TargetFacts of(Target target, Optional<LocalDate> actionDeadline) {
		Optional<LocalDate> own = DateSpan.lastDayOf(target.getDate());
		return new TargetFacts(target, own.isPresent() ? own : actionDeadline);
	}

	public Measure measure() {
		return target.getMeasure();
	}

	public Form form() {
		return formOf(target);
	}

	public static Form formOf(Target target) {
		if (target.isBetween()) {
			return Form.RANGE;
		}
		if (Plans.isWritten(target, "change")) {
			return target.getAmount() == null ? Form.DIRECTION : Form.CHANGE;
		}
		return target.getValue() == null ? Form.NONE : Form.COMPARISON;
	}

	/** The comparison, when one is written ({@code >=}, {@code <} ...). */
	public Optional<Comparator> comparator() {
		return form() == Form.COMPARISON ? Optional.of(target.getComparator()) : Optional.empty();
	}

	/** The number compared with, or the lower end of a range. */
	public Optional<Quantity> value() {
		return Optional.ofNullable(target.getValue());
	}

	/** The upper end of a range. */
	public Optional<Quantity> upper() {
		return Optional.ofNullable(target.getUpper());
	}

	/** {@code increase} or {@code decrease}, when the target is written as a change. */
	public Optional<Change> change() {
		return Plans.isWritten(target, "change") ? Optional.of(target.getChange()) : Optional.empty();
	}

	/** How much a change is: a number in the measure's unit, or a percentage of the baseline. */
	public Optional<Quantity> amount() {
		return Optional.ofNullable(target.getAmount());
	}

	/** A change written in % is a percentage of the baseline in force. */
	public boolean isPercentageChange() {
		return amount().flatMap(Quantities::writtenUnit).filter(u -> u == Unit.PERCENT).isPresent();
	}

	/** {@code per week}, {@code per month} ...: a standing target, met in every such period. */
	public Optional<RatePeriod> rate() {
		return Plans.isWritten(target, "rate") ? Optional.of(target.getRate()) : Optional.empty();
	}

	/** Any number in it is approximate ({@code about 40}). */
	public boolean isApproximate() {
		return value().filter(Quantity::isApproximate).isPresent() || upper().filter(Quantity::isApproximate).isPresent()
				|| amount().filter(Quantity::isApproximate).isPresent();
	}

	/** Something to reach or a way to move, about a measure, by a day (a rate needs no day: it stands). */
	public boolean isMeasurable() {
		return measure() != null && hasGoal() && (date.isPresent() || rate().isPresent());
	}

	/** It says what to reach or which way to move: a number, a range, a change or a direction. */
	public boolean hasGoal() {
		return switch (form()) {
		case COMPARISON, RANGE -> Quantities.number(target.getValue()).isPresent();
		case CHANGE -> Quantities.number(target.getAmount()).isPresent();
		case DIRECTION -> true;
		case NONE -> false;
		};
	}

	/** Which way the target pushes its measure: >=, > and increase mean higher; <=, < and decrease lower. */
	public Optional<Direction> direction() {
		return directionOf(target);
	}

	public static Optional<Direction> directionOf(Target target) {
		return switch (formOf(target)) {
		case COMPARISON -> directionOf(target.getComparator());
		case CHANGE, DIRECTION -> Optional.of(target.getChange() == Change.INCREASE ? Direction.HIGHER : Direction.LOWER);
		case RANGE, NONE -> Optional.empty();
		};
	}

	public static Optional<Direction> directionOf(Comparator comparator) {
		return switch (comparator) {
		case AT_LEAST, ABOVE -> Optional.of(Direction.HIGHER);
		case AT_MOST, BELOW -> Optional.of(Direction.LOWER);
		case EQUAL -> Optional.empty();
		};
	}

	/** The number written in a comparison, or the lower end of a range. */
	public Optional<BigDecimal> number() {
		return form() == Form.COMPARISON || form() == Form.RANGE ? Quantities.number(target.getValue()) : Optional.empty();
	}

	/**
	 * The number the target aims at given the baseline in force: the number compared with; the
	 * end of a range furthest in the {@code better} direction (the lower end without one); or
	 * the baseline changed by the amount (a percentage change is a percentage of the baseline).
	 */
	public Optional<BigDecimal> goal(Optional<BigDecimal> baseline, Optional<Direction> better) {
		return switch (form()) {
		case COMPARISON -> number();
		case RANGE -> better.filter(d -> d == Direction.HIGHER).isPresent() && upper().isPresent()
				? Quantities.number(target.getUpper()) : number();
		case CHANGE -> baseline.flatMap(base -> Quantities.number(target.getAmount()).map(amount -> {
			BigDecimal step = isPercentageChange() ? base.multiply(amount).divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros() : amount;
			return target.getChange() == Change.INCREASE ? base.add(step) : base.subtract(step);
		}));
		case DIRECTION, NONE -> Optional.empty();
		};
	}
}

package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Target;

/**
 * A target and what it commits to: a measure, a comparison with a number, and the day by
 * which it is due (its own {@code by} date, else the deadline of its action).
 */
public record TargetFacts(Target target, Optional<LocalDate> date) {

	public static TargetFacts of(Target target, Optional<LocalDate> actionDeadline) {
		Optional<LocalDate> own = DateSpan.lastDayOf(target.getDate());
		return new TargetFacts(target, own.isPresent() ? own : actionDeadline);
	}

	public Measure measure() {
		return target.getMeasure();
	}

	/** The comparison, when a number is given. */
	public Optional<Comparator> comparator() {
		return target.getValue() == null ? Optional.empty() : Optional.of(target.getComparator());
	}

	public Optional<Quantity> value() {
		return Optional.ofNullable(target.getValue());
	}

	/** A number to reach and a day to reach it by. */
	public boolean isMeasurable() {
		return measure() != null && Quantities.number(target.getValue()).isPresent() && date.isPresent();
	}

	/** Which way the target pushes its measure: >= and > mean higher is better, <= and < lower. */
	public Optional<Direction> direction() {
		return comparator().flatMap(TargetFacts::directionOf);
	}

	public static Optional<Direction> directionOf(Comparator comparator) {
		return switch (comparator) {
		case AT_LEAST, ABOVE -> Optional.of(Direction.HIGHER);
		case AT_MOST, BELOW -> Optional.of(Direction.LOWER);
		case EQUAL -> Optional.empty();
		};
	}

	public Optional<BigDecimal> number() {
		return value().map(Quantity::getValue);
	}
}

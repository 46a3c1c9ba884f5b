package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Unit;

/** Numbers as plans write them: {@code 15%}, {@code £350}, {@code 20}. */
public final class Quantities {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Quantities() {
	}

	/** The measure a value is about: its target's or its point's; none for a cost. */
	public static Measure measureOf(Quantity quantity) {
		EObject container = quantity.eContainer();
		if (container instanceof Target target) {
			return target.getMeasure();
		}
		return container instanceof MeasurePoint point ? MeasureFacts.measureOf(point) : null;
	}

	/** The number, when one was read (a half-written value has none). */
	public static Optional<BigDecimal> number(Quantity quantity) {
		return quantity == null ? Optional.empty() : Optional.ofNullable(quantity.getValue());
	}

	/** The unit written after the number, if any. */
	public static Optional<Unit> writtenUnit(Quantity quantity) {
		return quantity != null && Plans.isWritten(quantity, "unit") ? Optional.of(quantity.getUnit()) : Optional.empty();
	}

	/** The unit written after the number, else the unit of the measure it is about. */
	public static Optional<Unit> unit(Quantity quantity, Measure measure) {
		Optional<Unit> written = writtenUnit(quantity);
		if (written.isPresent() || measure == null || measure.getUnit() == null) {
			return written;
		}
		return Optional.of(measure.getUnit().getUnit());
	}

	/**
	 * A percentage below 0 or above 100; for a fraction ({@code 10 of 11}), one whose part is
	 * more than its whole. The amount of a change ({@code increase by 150%}) is a share of the
	 * baseline, not a percentage of the measure, and may be anything.
	 */
	public static boolean isImpossiblePercentage(Quantity quantity, Measure measure) {
		if (quantity == null || quantity.getValue() == null || isChangeAmount(quantity)) {
			return false;
		}
		BigDecimal whole = quantity.getTotal() != null ? quantity.getTotal() : HUNDRED;
		return unit(quantity, measure).filter(u -> u == Unit.PERCENT).isPresent()
				&& (quantity.getValue().signum() < 0 || quantity.getValue().compareTo(whole) > 0);
	}

	/** The amount of a relative target: {@code 30} in {@code increase by 30}. */
	public static boolean isChangeAmount(Quantity quantity) {
		return quantity.eContainer() instanceof Target target && target.getAmount() == quantity;
	}

	/** A fraction ({@code 10 of 11}) as a percentage, rounded to one place. */
	public static Optional<BigDecimal> fractionPercent(Quantity quantity) {
		if (quantity == null || quantity.getValue() == null || quantity.getTotal() == null
				|| quantity.getTotal().signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(quantity.getValue().multiply(HUNDRED).divide(quantity.getTotal(), 1, RoundingMode.HALF_UP));
	}

	/** True when {@code a} is better than {@code b} in the given direction. */
	public static boolean isBetter(BigDecimal a, BigDecimal b, Direction direction) {
		int cmp = a.compareTo(b);
		return direction == Direction.HIGHER ? cmp > 0 : cmp < 0;
	}
}

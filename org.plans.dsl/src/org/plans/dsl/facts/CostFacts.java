package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.RatePeriod;
import org.plans.dsl.plans.Unit;

/**
 * What one cost line of an action means in money. {@code cost £350 per day for 120 days} and
 * {@code cost £30,000 one-off} are spent once (in the financial year the action starts, else the
 * one it is due in); {@code cost £48,000 per year from 2015/16} is spent every year from then
 * until the action's deadline (or the end of the plan's period). {@code cost up to £12,000} is a
 * ceiling spent once. A plain amount is spent once, unless its words give a rate
 * ({@code cost £350 "per day for 6 months"}). Amounts without a currency ({@code cost 2 "FTE"}), day rates without a
 * duration and words are {@link Kind#NOT_TOTALLED}: shown, never added up.
 *
 * @param amount the sum spent once, or spent each year for {@link Kind#RECURRING}; zero otherwise
 * @param from the day the spending starts, when the plan says or implies it
 * @param until the last day a recurring cost runs, when the action has a deadline
 */
public record CostFacts(Cost cost, ActionFacts action, Kind kind, String currency, BigDecimal amount,
		Optional<LocalDate> from, Optional<LocalDate> until) {

	public enum Kind {
		NONE, ONE_OFF, UP_TO, RECURRING, NOT_TOTALLED
	}

	static CostFacts of(Cost cost, ActionFacts action, PlanCalendar calendar) {
		Optional<LocalDate> written = Optional.ofNullable(cost.getFrom()).flatMap(calendar::span).map(DateSpan::first);
		Optional<LocalDate> from = written.or(() -> action.start().firstDay()).or(action::deadline);
		Quantity amount = cost.getAmount();
		if (cost.isNone()) {
			return new CostFacts(cost, action, Kind.NONE, null, BigDecimal.ZERO, from, Optional.empty());
		}
		if (amount == null || amount.getValue() == null || amount.getCurrency() == null
				|| !Plans.isWritten(cost, "rate") && !cost.isOneOff() && saysRate(cost.getText())) {
			return notTotalled(cost, action, from);
		}
		BigDecimal value = amount.getValue();
		if (!Plans.isWritten(cost, "rate")) {
			return new CostFacts(cost, action, cost.isUpTo() ? Kind.UP_TO : Kind.ONE_OFF, amount.getCurrency(), value,
					from, Optional.empty());
		}
		if (cost.getDuration() != null && cost.getDuration().getValue() != null) {
			Optional<BigDecimal> periods = periods(cost.getDuration(), cost.getRate());
			return periods.map(p -> new CostFacts(cost, action, cost.isUpTo() ? Kind.UP_TO : Kind.ONE_OFF,
					amount.getCurrency(), value.multiply(p), from, Optional.empty()))
					.orElseGet(() -> notTotalled(cost, action, from));
		}
		Optional<BigDecimal> perYear = perYear(cost.getRate());
		return perYear.map(n -> new CostFacts(cost, action, Kind.RECURRING, amount.getCurrency(), value.multiply(n),
				from, action.deadline())).orElseGet(() -> notTotalled(cost, action, from));
	}

	private static final Pattern RATE_IN_WORDS = Pattern.compile(
			"(?i)\\b(per|a|an|each)\\s+(day|week|month|quarter|year|annum)\\b|\\b(annual|annually|daily|weekly|monthly|quarterly|yearly|p\\.?a\\.?)(\\b|$)");

	/** Whether the words beside a plain amount make it a rate ({@code cost £350 "per day for 6 months"}): not a sum to add. */
	private static boolean saysRate(String text) {
		return rateInWords(text).isPresent();
	}

	/** The rate the words give ("per day", "a year", "annually", "p.a."), if any. */
	public static Optional<RatePeriod> rateInWords(String text) {
		Matcher m = text == null ? null : RATE_IN_WORDS.matcher(text);
		if (m == null || !m.find()) {
			return Optional.empty();
		}
		String word = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
		if (word.startsWith("day") || word.equals("daily")) {
			return Optional.of(RatePeriod.DAY);
		}
		if (word.startsWith("week")) {
			return Optional.of(RatePeriod.WEEK);
		}
		if (word.startsWith("month")) {
			return Optional.of(RatePeriod.MONTH);
		}
		return Optional.of(word.startsWith("quarter") ? RatePeriod.QUARTER : RatePeriod.YEAR);
	}

	private static CostFacts notTotalled(Cost cost, ActionFacts action, Optional<LocalDate> from) {
		String currency = cost.getAmount() == null ? null : cost.getAmount().getCurrency();
		return new CostFacts(cost, action, Kind.NOT_TOTALLED, currency, BigDecimal.ZERO, from, Optional.empty());
	}

	/**
	 * How many of {@code rate}'s periods a duration is: {@code 120 days} at a day rate is 120,
	 * {@code 6 months} at a year rate is 0.5; days against weeks or months are not known (working
	 * days vary).
	 */
	private static Optional<BigDecimal> periods(Quantity duration, RatePeriod rate) {
		Optional<Unit> unit = Quantities.writtenUnit(duration);
		if (unit.isEmpty() || unit.get() == unitOf(rate)) {
			return Optional.of(duration.getValue());
		}
		Optional<BigDecimal> unitsPerYear = switch (unit.get()) {
		case WEEKS -> Optional.of(BigDecimal.valueOf(52));
		case MONTHS -> Optional.of(BigDecimal.valueOf(12));
		case YEARS -> Optional.of(BigDecimal.ONE);
		default -> Optional.empty();
		};
		return unitsPerYear.flatMap(units -> perYear(rate)
				.map(n -> duration.getValue().multiply(n).divide(units, 4, RoundingMode.HALF_UP).stripTrailingZeros()));
	}

	private static Unit unitOf(RatePeriod rate) {
		return switch (rate) {
		case DAY -> Unit.DAYS;
		case WEEK -> Unit.WEEKS;
		case MONTH -> Unit.MONTHS;
		case YEAR -> Unit.YEARS;
		case QUARTER -> null;
		};
	}

	/** Periods in a year: a day rate has none that can be known (working days vary). */
	private static Optional<BigDecimal> perYear(RatePeriod rate) {
		return switch (rate) {
		case WEEK -> Optional.of(BigDecimal.valueOf(52));
		case MONTH -> Optional.of(BigDecimal.valueOf(12));
		case QUARTER -> Optional.of(BigDecimal.valueOf(4));
		case YEAR -> Optional.of(BigDecimal.ONE);
		case DAY -> Optional.empty();
		};
	}

	/** Whether the cost is in money that the summary adds up. */
	public boolean isTotalled() {
		return kind == Kind.ONE_OFF || kind == Kind.UP_TO || kind == Kind.RECURRING;
	}
}

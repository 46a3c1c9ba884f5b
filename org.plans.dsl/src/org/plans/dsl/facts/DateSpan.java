package org.plans.dsl.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a date written in a plan means: the first and last day it covers. {@code 2019-12}
 * is all of December 2019, {@code 2019-Q3} July to September, {@code 2019/20} the UK
 * financial year from 1 April 2019 to 31 March 2020, {@code 2022/23-Q2} that financial year's
 * second quarter (July to September 2022), {@code 2015-autumn} September to November 2015
 * ({@code winter} runs from December into the next year), {@code 2019} the calendar year.
 * Financial years start in April unless the plan says otherwise ({@link PlanCalendar}).
 */
public record DateSpan(String text, LocalDate first, LocalDate last, Precision precision) implements Comparable<DateSpan> {

	public enum Precision {
		DAY, MONTH, QUARTER, FINANCIAL_YEAR, YEAR, FINANCIAL_QUARTER, SEASON
	}

	/** The seasons in the order of their first month: spring starts in March. */
	public static final List<String> SEASONS = List.of("spring", "summer", "autumn", "winter");

	/** The span a date means with financial years from April, or empty when it is not a real date (2019-13, 2019/21). */
	public static Optional<DateSpan> parse(String text) {
		return parse(text, Month.APRIL);
	}

	/** The span a date means when financial years start in {@code yearStart}; empty when it is not a real date. */
	public static Optional<DateSpan> parse(String text, Month yearStart) {
		if (text == null || text.length() < 4 || !digits(text, 0, 4)) {
			return Optional.empty();
		}
		int year = number(text, 0, 4);
		if (text.length() == 10 && text.charAt(4) == '/' && text.startsWith("-", 7)) {
			return financialQuarter(text, year, yearStart);
		}
		if (text.length() > 5 && text.charAt(4) == '-' && SEASONS.contains(text.substring(5))) {
			YearMonth firstMonth = YearMonth.of(year, 3 + 3 * SEASONS.indexOf(text.substring(5)));
			return Optional.of(new DateSpan(text, firstMonth.atDay(1), firstMonth.plusMonths(2).atEndOfMonth(),
					Precision.SEASON));
		}
		if (!(text.length() == 4 || text.length() == 7 || text.length() == 10)) {
			return Optional.empty();
		}
		try {
			if (text.length() == 4) {
				return Optional.of(new DateSpan(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR));
			}
			char separator = text.charAt(4);
			if (text.length() == 10 && separator == '-' && text.charAt(7) == '-' && digits(text, 5, 7)
					&& digits(text, 8, 10)) {
				LocalDate day = LocalDate.of(year, number(text, 5, 7), number(text, 8, 10));
				return Optional.of(new DateSpan(text, day, day, Precision.DAY));
			}
			if (text.length() != 7) {
				return Optional.empty();
			}
			if (separator == '-' && digits(text, 5, 7)) {
				YearMonth month = YearMonth.of(year, number(text, 5, 7));
				return Optional.of(new DateSpan(text, month.atDay(1), month.atEndOfMonth(), Precision.MONTH));
			}
			if (separator == '-' && (text.charAt(5) == 'Q' || text.charAt(5) == 'q') && text.charAt(6) >= '1'
					&& text.charAt(6) <= '4') {
				YearMonth firstMonth = YearMonth.of(year, (text.charAt(6) - '0') * 3 - 2);
				return Optional.of(new DateSpan(text, firstMonth.atDay(1), firstMonth.plusMonths(2).atEndOfMonth(),
						Precision.QUARTER));
			}
			if (separator == '/' && digits(text, 5, 7)) {
				if ((year + 1) % 100 != number(text, 5, 7)) {
					return Optional.empty();
				}
				LocalDate first = LocalDate.of(year, yearStart, 1);
				return Optional.of(new DateSpan(text, first, first.plusYears(1).minusDays(1), Precision.FINANCIAL_YEAR));
			}
		} catch (DateTimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** {@code 2022/23-Q2}: the quarter of the financial year that starts in {@code yearStart} of 2022. */
	private static Optional<DateSpan> financialQuarter(String text, int year, Month yearStart) {
		char q = text.charAt(8);
		char n = text.charAt(9);
		if (!digits(text, 5, 7) || (year + 1) % 100 != number(text, 5, 7) || (q != 'Q' && q != 'q') || n < '1'
				|| n > '4') {
			return Optional.empty();
		}
		LocalDate first = LocalDate.of(year, yearStart, 1).plusMonths(3L * (n - '1'));
		return Optional.of(new DateSpan(text, first, first.plusMonths(3).minusDays(1), Precision.FINANCIAL_QUARTER));
	}

	/** The day a date given on the command line or in a header means: its last day. */
	public static Optional<LocalDate> lastDayOf(String text) {
		return parse(text).map(DateSpan::last);
	}

	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static int number(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + text.charAt(i) - '0';
		}
		return value;
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(first) && !day.isAfter(last);
	}

	@Override
	public int compareTo(DateSpan other) {
		int byLast = last.compareTo(other.last);
		return byLast != 0 ? byLast : first.compareTo(other.first);
	}

	@Override
	public String toString() {
		return text;
	}
}

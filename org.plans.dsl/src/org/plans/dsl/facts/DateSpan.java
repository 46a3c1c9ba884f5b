package org.plans.dsl.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a date written in a plan means: the first and last day it covers. {@code 2019-12}
 * is all of December 2019, {@code 2019-Q3} July to September, {@code 2019/20} the UK
 * financial year from 1 April 2019 to 31 March 2020, {@code 2019} the calendar year.
 */
public record DateSpan(String text, LocalDate first, LocalDate last, Precision precision) implements Comparable<DateSpan> {

	public enum Precision {
		DAY, MONTH, QUARTER, FINANCIAL_YEAR, YEAR
	}

	/** The span a date means, or empty when the text is not a real date (2019-13, 2019-02-30, 2019/21). */
	public static Optional<DateSpan> parse(String text) {
		if (text == null || !(text.length() == 4 || text.length() == 7 || text.length() == 10) || !digits(text, 0, 4)) {
			return Optional.empty();
		}
		int year = number(text, 0, 4);
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
				return Optional.of(new DateSpan(text, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31),
						Precision.FINANCIAL_YEAR));
			}
		} catch (DateTimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
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

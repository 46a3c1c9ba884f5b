package org.plans.dsl.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a date written in a plan means: the first and last day it covers. {@code 2019-12}
 * is all of December 2019, {@code 2019-Q3} July to September, {@code 2019/20} the UK
 * financial year from 1 April 2019 to 31 March 2020, {@code 2019} the calendar year.
 */
public record DateSpan(String text, LocalDate first, LocalDate last, Precision precision) implements Comparable<DateSpan> {

	public enum Precision {
		DAY, MONTH, QUARTER, FINANCIAL_YEAR, YEAR
	}

	private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
	private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
	private static final Pattern YEAR = Pattern.compile("\\d{1,4}");

	/** The span a date means, or empty when the text is not a real date (2019-13, 2019-02-30, 2019/21). */
	public static Optional<DateSpan> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			Matcher m = DAY.matcher(text);
			if (m.matches()) {
				LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
				return Optional.of(new DateSpan(text, day, day, Precision.DAY));
			}
			m = MONTH.matcher(text);
			if (m.matches()) {
				YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
				return Optional.of(new DateSpan(text, month.atDay(1), month.atEndOfMonth(), Precision.MONTH));
			}
			m = QUARTER.matcher(text);
			if (m.matches()) {
				YearMonth firstMonth = YearMonth.of(num(m, 1), num(m, 2) * 3 - 2);
				return Optional.of(new DateSpan(text, firstMonth.atDay(1), firstMonth.plusMonths(2).atEndOfMonth(),
						Precision.QUARTER));
			}
			m = FINANCIAL_YEAR.matcher(text);
			if (m.matches()) {
				int start = num(m, 1);
				if ((start + 1) % 100 != num(m, 2)) {
					return Optional.empty();
				}
				return Optional.of(new DateSpan(text, LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31),
						Precision.FINANCIAL_YEAR));
			}
			if (YEAR.matcher(text).matches() && text.length() == 4) {
				int year = Integer.parseInt(text);
				return Optional.of(new DateSpan(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR));
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

	private static int num(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
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

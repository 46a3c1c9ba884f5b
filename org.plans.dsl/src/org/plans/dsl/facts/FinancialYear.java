package org.plans.dsl.facts;

import java.time.LocalDate;
import java.time.Month;

/**
 * A financial year, named as plans name it: "2024/25" when years start in April (or any month
 * but January), "2024" when they start in January.
 */
public record FinancialYear(int startYear, Month startMonth) implements Comparable<FinancialYear> {

	/** The financial year a day falls in. */
	public static FinancialYear of(LocalDate day, Month startMonth) {
		int year = day.getMonthValue() >= startMonth.getValue() ? day.getYear() : day.getYear() - 1;
		return new FinancialYear(year, startMonth);
	}

	public FinancialYear next() {
		return new FinancialYear(startYear + 1, startMonth);
	}

	public String label() {
		return startMonth == Month.JANUARY ? String.valueOf(startYear)
				: startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}

	@Override
	public int compareTo(FinancialYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}
}

package org.plans.dsl.conversion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in words or the day first ({@code Dec 2024}, {@code 31 December 2024},
 * {@code 31/12/2024}), and how the language writes them ({@code 2024-12}, {@code 2024-12-31}).
 */
public final class DateWords {

	private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december");

	private static final Pattern IN_WORDS = Pattern
			.compile("(?i)(?:(?:end of|the end of)\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");

	private static final Pattern SLASHES = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private DateWords() {
	}

	/** The month (1 to 12) that a month's name or its abbreviation of three letters or more means, if any. */
	public static Optional<Integer> month(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.equals("sept")) {
			return Optional.of(9);
		}
		for (int i = 0; lower.length() >= 3 && i < MONTHS.size(); i++) {
			if (MONTHS.get(i).startsWith(lower)) {
				return Optional.of(i + 1);
			}
		}
		return Optional.empty();
	}

	/** {@code 2024-12} for "Dec 2024", {@code 2024-12-31} for "31 December 2024"; empty if the text is not such a date. */
	public static Optional<String> asWritten(String text) {
		Matcher matcher = IN_WORDS.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return month(matcher.group(2)).map(month -> {
			String monthOf = matcher.group(3) + "-" + twoDigits(month);
			return matcher.group(1) == null ? monthOf : monthOf + "-" + twoDigits(Integer.parseInt(matcher.group(1)));
		});
	}

	/**
	 * {@code 2024-12-31} for {@code 31/12/2024} (the day first, as in the UK) or for
	 * {@code 12/31/2024} (the month first, when the day cannot be a month); empty if it is no such form.
	 */
	public static Optional<String> fromSlashes(String text) {
		Matcher matcher = SLASHES.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int first = Integer.parseInt(matcher.group(1));
		int second = Integer.parseInt(matcher.group(2));
		boolean monthFirst = second > 12 && first <= 12;
		int day = monthFirst ? second : first;
		int month = monthFirst ? first : second;
		return Optional.of(matcher.group(3) + "-" + twoDigits(month) + "-" + twoDigits(day));
	}

	private static String twoDigits(int value) {
		return value < 10 ? "0" + value : Integer.toString(value);
	}
}

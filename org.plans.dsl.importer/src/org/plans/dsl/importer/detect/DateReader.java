package org.plans.dsl.importer.detect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates plans write ("December 2019", "Mar 2016", "Sept 24", "End May 2015",
 * "On-going", "Quarterly", "TBC by L&D", "From May 2019 and ongoing", "September 30, 2020",
 * "Q2 2022/23", "Autumn 2015", "With immediate effect", "approx. March 2022") into the words
 * that follow {@code due} or {@code start}. What it cannot read stays as text.
 */
public final class DateReader {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
	private static final Pattern MONTH_YEAR = Pattern.compile("(?:end(?: of)? |early |late |mid[- ]?)?" + MONTH
			+ "\\s*'?(\\d{4}|\\d{2})");
	private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
	private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}(?:-\\d{2})?|\\d{4}-[qQ][1-4]|\\d{4}/\\d{2})");
	private static final Pattern QUARTER = Pattern.compile("q([1-4])\\s*(\\d{4})");
	/** "Q2 2022/23", "Q2 of 2022/23", "2022/23 Q2": a quarter of a financial year. */
	private static final Pattern FINANCIAL_QUARTER = Pattern
			.compile("q([1-4])\\s*(?:of\\s*)?(\\d{4})/(\\d{2})|(\\d{4})/(\\d{2})\\s*-?\\s*q([1-4])");
	private static final Pattern SEASON = Pattern.compile("(spring|summer|autumn|winter)\\s*(?:of\\s*)?(\\d{4})|(\\d{4})-(spring|summer|autumn|winter)");
	private static final Pattern IMMEDIATELY = Pattern.compile("(?:with )?immediate(?:ly| effect)");
	/** "approx. March 2022", "c. March 2022", "circa 2022", "around May 2022": an approximate date. */
	private static final Pattern APPROXIMATE = Pattern.compile("^(?:approx(?:\\.|imately)?|c\\.|circa|about|around)\\s*");
	private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
	private static final Pattern CADENCE = Pattern.compile(
			"(weekly|fortnightly|monthly|quarterly|termly|annually|yearly|every (\\d+) (weeks|months|years)|(\\d+)[- ]monthly|six[- ]monthly|bi[- ]monthly)");
	private static final Pattern ONGOING = Pattern.compile("on[- ]?going|continuous|rolling");

	/** What a cell says about timing: the words in plans syntax, and free text left over (or null). */
	private record Timing(String syntax, String text) {

		/** Words in brackets after a date ("2019-07 (tbc)", as plans print them) are the words, without the brackets. */
		Timing {
			if (text != null) {
				String t = text.strip();
				if (t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1) {
					t = t.substring(1, t.length() - 1).strip();
				} else if (t.endsWith(")") && t.indexOf('(') < 0) {
					t = t.substring(0, t.length() - 1).strip();
				}
				text = t.isEmpty() ? null : t;
			}
		}
	}

	private final Quote quote;

	/** @param quote writes the text a cell adds to a date as a quoted string */
	public DateReader(Quote quote) {
		this.quote = quote;
	}

	/** The timing in plans syntax, e.g. {@code 2019-12}, {@code from 2019-05 and ongoing}, {@code tbc "by L&D"}, {@code "…"}. */
	public String read(String cell) {
		Timing timing = timing(cell);
		if (timing == null) {
			return null;
		}
		if (timing.text() == null) {
			return timing.syntax();
		}
		return (timing.syntax().isEmpty() ? "" : timing.syntax() + " ") + quote.text(timing.text());
	}

	/**
	 * The plain date a cell gives, for lines that take only a date ({@code issued}, a progress
	 * date): {@code 2019-05} from "May 2019" or "approx. May 2019"; null for "Immediately",
	 * "Ongoing", "TBC" or words.
	 */
	public static String plainDate(String cell) {
		Timing timing = timing(cell);
		if (timing == null || timing.syntax().isEmpty()) {
			return null;
		}
		String first = timing.syntax().replaceFirst("^(from|about) ", "").split(" ")[0];
		return first.isEmpty() || !Character.isDigit(first.charAt(0)) ? null : first;
	}

	/** True if the cell reads as a date of some kind (not only free text). */
	public static boolean isDate(String cell) {
		Timing timing = timing(cell);
		return timing != null && !timing.syntax().isEmpty();
	}

	private static Timing timing(String cell) {
		String raw = QuarterForms.normalise(cell.replace('\n', ' ').strip());
		if (raw.isEmpty()) {
			return null;
		}
		String text = rejoinMonths(raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).replaceAll("on- ?going", "ongoing")
				.replaceAll("on go ?in ?g", "ongoing");
		boolean tbc = text.startsWith("tbc") || text.startsWith("tba");
		if (tbc || text.equals("to be confirmed") || text.equals("to be agreed")) {
			String rest = raw.substring(Math.min(raw.length(), tbc ? 3 : raw.length())).strip();
			return new Timing("tbc", rest.isEmpty() ? null : rest);
		}
		if (IMMEDIATELY.matcher(text).lookingAt()) {
			// "immediately (2019-05) and ongoing": the date a plan prints for "immediately" is the plan's own
			text = text.replaceAll("\\s*\\([0-9]{4}-[0-9]{2}(-[0-9]{2})?\\)", "");
			raw = raw.replaceAll("\\s*\\([0-9]{4}-[0-9]{2}(-[0-9]{2})?\\)", "");
			String syntax = "immediately" + (ONGOING.matcher(text).find() ? " and ongoing" : "");
			String rest = text.replaceFirst(IMMEDIATELY.pattern(), " ").replaceAll("\\b(and|ongoing)\\b", " ")
					.replaceAll("[^a-z0-9]+", " ").strip();
			int at = rest.isEmpty() ? -1 : raw.toLowerCase(Locale.ROOT).indexOf(rest.split(" ")[0]);
			return new Timing(syntax, rest.isEmpty() ? null : at >= 0 ? raw.substring(at).strip() : rest);
		}
		boolean from = text.startsWith("from ");
		boolean about = !from && APPROXIMATE.matcher(text).find();
		Optional<String> date = date(about ? APPROXIMATE.matcher(text).replaceFirst("") : text);
		boolean ongoing = ONGOING.matcher(text).find();
		Optional<String> cadence = cadence(text);
		String words = date.isPresent() ? leftover(text, raw) : null;
		if (date.isPresent()) {
			StringBuilder out = new StringBuilder(from ? "from " : about ? "about " : "").append(date.get());
			if (ongoing) {
				out.append(" and ongoing");
			} else if (cadence.isPresent() && !from) {
				out.append(" and ").append(cadence.get());
			}
			return new Timing(out.toString(), words);
		}
		if (cadence.isPresent() && text.matches("[a-z0-9 -]+") && text.length() <= 20) {
			return new Timing(cadence.get(), null);
		}
		if (cadence.isPresent() && (ongoing || text.matches(".*\\bbasis\\b.*"))) {
			// "Ongoing on a monthly basis": recurring, so never overdue; the words kept
			return new Timing(cadence.get(), raw);
		}
		if (ongoing && text.matches("ongoing\\.?")) {
			return new Timing("ongoing", null);
		}
		return new Timing("", raw);
	}

	private static final List<String> MONTH_NAMES = List.of("january", "february", "march", "april",
			"may", "june", "july", "august", "september", "october", "november", "december");

	/** A month name a PDF broke into pieces ("marc h", "dec emb er") joined again. */
	static String rejoinMonths(String text) {
		String[] words = text.split(" ");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			while (i + 1 < words.length && word.matches("[a-z]{2,}") && words[i + 1].matches("[a-z]{1,4}")
					&& !MONTH_NAMES.contains(word) && isMonthPrefix(word + words[i + 1])) {
				word += words[++i];
			}
			out.append(out.length() == 0 ? "" : " ").append(word);
		}
		return out.toString();
	}

	private static boolean isMonthPrefix(String word) {
		return MONTH_NAMES.stream().anyMatch(m -> m.startsWith(word));
	}

	private static Optional<String> date(String text) {
		Matcher m = FINANCIAL_QUARTER.matcher(text);
		if (m.find()) {
			return Optional.of(m.group(2) != null ? m.group(2) + "/" + m.group(3) + "-Q" + m.group(1)
					: m.group(4) + "/" + m.group(5) + "-Q" + m.group(6));
		}
		m = SEASON.matcher(text);
		if (m.find()) {
			return Optional.of(m.group(2) != null ? m.group(2) + "-" + m.group(1) : m.group(3) + "-" + m.group(4));
		}
		m = ISO.matcher(text);
		if (m.find()) {
			return Optional.of(m.group(1).toUpperCase(Locale.ROOT).replace("/", "/"));
		}
		m = MONTH_DAY_YEAR.matcher(text);
		if (m.find()) {
			return Optional.of(day(m.group(3), MONTHS.get(m.group(1).substring(0, 3)), m.group(2)));
		}
		m = DAY_MONTH_YEAR.matcher(text);
		if (m.find()) {
			return Optional.of(day(m.group(3), MONTHS.get(m.group(2).substring(0, 3)), m.group(1)));
		}
		m = NUMERIC.matcher(text);
		if (m.find()) {
			return Optional.of(day(m.group(3), Integer.parseInt(m.group(2)), m.group(1)));
		}
		m = QUARTER.matcher(text);
		if (m.find()) {
			return Optional.of(m.group(2) + "-Q" + m.group(1));
		}
		m = MONTH_YEAR.matcher(text);
		if (m.find()) {
			String year = m.group(2).length() == 2 ? "20" + m.group(2) : m.group(2);
			int month = MONTHS.get(m.group(1).substring(0, 3));
			return Optional.of(year + "-" + (month < 10 ? "0" : "") + month);
		}
		return Optional.empty();
	}

	private static String day(String year, int month, String day) {
		int d = Integer.parseInt(day);
		return year + "-" + (month < 10 ? "0" : "") + month + "-" + (d < 10 ? "0" : "") + d;
	}

	private static Optional<String> cadence(String text) {
		Matcher m = CADENCE.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		String found = m.group(1);
		if (m.group(2) != null) {
			return Optional.of(found);
		}
		if (m.group(4) != null) {
			return Optional.of("every " + m.group(4) + " months");
		}
		if (found.startsWith("six")) {
			return Optional.of("every 6 months");
		}
		if (found.startsWith("bi")) {
			return Optional.of("every 2 months");
		}
		return Optional.of(found.equals("yearly") ? "annually" : found);
	}

	/** Words beyond the date and the keywords, kept as a note: "programme to ensure embedded". */
	private static String leftover(String text, String raw) {
		String rest = APPROXIMATE.matcher(text).replaceFirst(" ").replaceAll(FINANCIAL_QUARTER.pattern() + "|" + SEASON.pattern(), " ")
				.replaceAll(MONTH_DAY_YEAR.pattern() + "|" + DAY_MONTH_YEAR.pattern() + "|" + ISO.pattern() + "|"
				+ QUARTER.pattern() + "|" + MONTH_YEAR.pattern() + "|" + NUMERIC.pattern(), " ");
		rest = rest.replaceAll("\\b(from|and|ongoing|on|end|by|close of|/)\\b", " ").replaceAll(CADENCE.pattern(), " ")
				.replaceAll("[^a-z0-9]+", " ").strip();
		if (rest.isEmpty()) {
			return null;
		}
		int at = raw.toLowerCase(Locale.ROOT).indexOf(rest.split(" ")[0]);
		return at >= 0 ? raw.substring(at).strip() : rest;
	}
}

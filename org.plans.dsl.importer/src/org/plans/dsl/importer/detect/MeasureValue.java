package org.plans.dsl.importer.detect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell of a measure table read as the language's quantity: "45% (Nov 2020)", "60% by Sep
 * 2021", "no more than 20", "10 of 11", "25% in Q2 – below target", "£350"; the date, verdict
 * and RAG it states; the cell's words, kept.
 *
 * @param quantity the value in plans syntax ({@code 45%}, {@code 10 of 11}, {@code about 40}), null if none
 * @param unit {@code %}, {@code days}, {@code weeks}, {@code months}, {@code years}, {@code money} or {@code count}
 * @param comparator the comparison the words give ({@code >=}, {@code <=}, {@code >}, {@code <}), null if none
 * @param date the date the cell gives, in plans syntax, or a bare quarter ("Q2"); null if none
 * @param verdict {@code met}, {@code on-track}, {@code off-track}, {@code below-target} or null
 * @param rag {@code red}, {@code amber}, {@code green}, {@code blue} or null
 * @param text the cell's words; when the cell ends in words in double quotes, those words alone
 * @param quoted the cell ended in words in double quotes ({@code 27 at 2024-09 "Below target"}, as
 *        {@code plans generate --target docx} writes a point's own words): the value, date, verdict
 *        and RAG are read from what comes before them, and the words are kept as they are
 * @param from the first day of a period ({@code over 2022-03-31 to 2022-10-31}, then {@code date} is its end), or null
 * @param label the team or area a position is for ({@code for north}), or null; both only in the
 *        language's own date forms ({@link PointWords})
 */
public record MeasureValue(String quantity, String unit, String comparator, String date, String verdict, String rag,
		String text, boolean quoted, String from, String label) {

	/** Words in quotes that end a cell: “…” (which may hold straight quotes) or "…". */
	private static final Pattern QUOTED = Pattern.compile("(?s)^(.*?)\\s*(?:“(.+)”|\"([^\"]+)\")$");

	private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
	private static final Pattern DATES = Pattern.compile("(?i)\\b(?:" + MONTH + "\\s*'?\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+"
			+ MONTH + ",?\\s+\\d{4}|q[1-4]\\s*(?:of\\s*)?(?:\\d{4}(?:/\\d{2})?)?|\\d{4}/\\d{2}(?:\\s*-?\\s*q[1-4])?"
			+ "|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?|" + MeasureColumns.YEAR_AT + ")\\b");
	private static final Pattern NUMBER = Pattern.compile("(?i)(about |approx\\.? ?|approximately |c\\. ?|around |circa )?"
			+ "([£€$])?\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(?:of|out of|/)\\s*(\\d+(?:,\\d{3})*))?"
			+ "\\s*(%|per ?cent\\b|days?\\b|weeks?\\b|months?\\b|years?\\b)?");
	private static final Pattern BARE_QUARTER = Pattern.compile("(?i)\\bq([1-4])\\b(?!\\s*(?:of\\s*)?\\d{4})");
	private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(?:at least|minimum(?: of)?|min\\.?|no less than|"
			+ "or more|or above|or higher|increase to|raise to)\\b|>=|≥");
	private static final Pattern AT_MOST = Pattern.compile("(?i)\\b(?:no more than|at most|maximum(?: of)?|max\\.?|"
			+ "or less|or fewer|or below|reduce(?:d)? to|down to|within|no higher than)\\b|<=|≤");
	private static final Pattern ABOVE = Pattern.compile("(?i)\\b(?:more than|above|over|greater than|exceed)\\b|>");
	private static final Pattern BELOW = Pattern.compile("(?i)\\b(?:less than|below|under|fewer than)\\b(?! target)|<");

	private static final Pattern YEAR_AT = Pattern.compile(MeasureColumns.YEAR_AT);

	public static MeasureValue read(String cell) {
		Matcher quoted = QUOTED.matcher(cell.strip());
		if (quoted.matches() && sayOnlyValueAndJudgement(quoted.group(1))) {
			MeasureValue value = read(quoted.group(1));
			String words = quoted.group(2) != null ? quoted.group(2) : quoted.group(3);
			return new MeasureValue(value.quantity, value.unit, value.comparator, value.date, value.verdict, value.rag,
					words.strip(), true, value.from, value.label);
		}
		String text = cell.strip().replaceAll("\\s+", " ");
		PointWords point = PointWords.read(text);
		String lower = point.rest().toLowerCase(Locale.ROOT);
		String date = point.to() != null ? point.to() : DateReader.plainDate(text);
		Matcher year = YEAR_AT.matcher(text);
		if (point.to() == null && date != null && date.matches("\\d{4}") && !year.find()) {
			// "2000" alone is a count: a bare year is a date only where the words put it ("by 2025", "(2023)")
			date = null;
		} else if (date == null && year.find(0)) {
			date = year.group();
		}
		if (date == null) {
			Matcher quarter = BARE_QUARTER.matcher(text);
			date = quarter.find() ? "Q" + quarter.group(1) : null;
		}
		String quantity = null;
		String unit = null;
		Matcher m = NUMBER.matcher(DATES.matcher(text).replaceAll(" "));
		if (m.find()) {
			StringBuilder q = new StringBuilder();
			if (m.group(1) != null) {
				q.append("about ");
			}
			if (m.group(2) != null) {
				q.append(m.group(2));
				unit = "money";
			}
			q.append(m.group(3));
			if (m.group(4) != null) {
				q.append(" of ").append(m.group(4));
				unit = "count";
			}
			String u = m.group(5) == null ? "" : m.group(5).toLowerCase(Locale.ROOT).replace(" ", "");
			if (u.equals("%") || u.equals("percent")) {
				q.append('%');
				unit = "%";
			} else if (!u.isEmpty()) {
				String plural = u.endsWith("s") ? u : u + "s";
				q.append(' ').append(plural);
				unit = plural;
			}
			quantity = q.toString();
			unit = unit == null ? "count" : unit;
		}
		return new MeasureValue(quantity, unit, comparator(lower), date, verdict(lower), rag(lower), text, false, point.from(),
				point.label());
	}

	private static String comparator(String lower) {
		if (AT_MOST.matcher(lower).find()) {
			return "<=";
		}
		if (AT_LEAST.matcher(lower).find()) {
			return ">=";
		}
		if (BELOW.matcher(lower).find()) {
			return "<";
		}
		return ABOVE.matcher(lower).find() ? ">" : null;
	}

	/** The plan's judgement of a position: "Below target", "On track", "Target met". */
	static String verdict(String lower) {
		if (lower.matches(".*\\b(?:below|under|short of|behind) target.*")) {
			return "below-target";
		}
		if (lower.matches(".*\\boff[- ]track.*")) {
			return "off-track";
		}
		if (lower.matches(".*\\bon[- ]track.*")) {
			return "on-track";
		}
		if (lower.matches(".*\\b(?:target (?:met|achieved|exceeded)|met|achieved|exceeded|above target)\\b.*")) {
			return "met";
		}
		return null;
	}

	private static String rag(String lower) {
		Matcher m = Pattern.compile("\\b(red|amber|green|blue)\\b").matcher(lower);
		return m.find() ? m.group(1) : null;
	}

	/** True if the words say lower is better ("reduce", "no more than"). */
	public boolean saysLower() {
		String lower = text.toLowerCase(Locale.ROOT);
		return "<=".equals(comparator) || "<".equals(comparator) || lower.matches(".*\\b(?:reduce|decrease|lower|fewer|down)\\b.*");
	}

	/** The number of the quantity, for comparing a target with a baseline; NaN if none. */
	public double number() {
		if (quantity == null) {
			return Double.NaN;
		}
		Matcher m = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)").matcher(quantity);
		if (!m.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(m.group(1).replace(",", ""));
		Matcher of = Pattern.compile(" of (\\d[\\d,]*)").matcher(quantity);
		return of.find() ? value / Double.parseDouble(of.group(1).replace(",", "")) * 100 : value;
	}

	/** True if the cell says no more than a verdict or a RAG ("Below target", "On track", "Green"). */
	public boolean saysOnlyJudgement() {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip()
				.matches("(?:(?:below|under|behind|on|off|above) target|on track|off track|target met|met|achieved|red|amber|green|blue"
						+ "|\\s)+");
	}

	/** True if the cell's words say no more than its quantity, date, verdict and RAG ("27 at 2024-09: below target, red"). */
	public boolean saysOnlyValueAndJudgement() {
		return !quoted && sayOnlyValueAndJudgement(text);
	}

	private static boolean sayOnlyValueAndJudgement(String prefix) {
		String plain = PointWords.read(prefix).rest().replaceAll("(?i)\\b(?:(?:below|under|behind|on|off|above) target|on[- ]track|off[- ]track|met"
				+ "|red|amber|green|blue)\\b", " ");
		return plain.isBlank() || read(plain).saysOnlyValue();
	}

	/** True if the cell's words say no more than its quantity, date and verdict ("45%", "60% by Sep 2021"). */
	public boolean saysOnlyValue() {
		String plain = AT_LEAST.matcher(AT_MOST.matcher(text).replaceAll(" ")).replaceAll(" ");
		String rest = DATES.matcher(plain).replaceAll(" ").replaceAll(NUMBER.pattern(), " ")
				.replaceAll("(?i)\\b(?:by|at|in|as at|for|end|of|the|target|baseline)\\b", " ")
				.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return rest.isEmpty();
	}
}

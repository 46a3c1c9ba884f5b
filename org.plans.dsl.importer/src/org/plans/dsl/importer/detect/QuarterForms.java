package org.plans.dsl.importer.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other ways of writing a financial-year quarter and a month, in the form the date reader reads:
 * "Qtr 3" and "Quarter 3" are "Q3"; "Q3 23/24" is "Q3 2023/24"; beside a quarter, "2023-24" is the
 * financial year "2023/24"; Excel's "Mar-24" is "Mar 24"; "end of Q3 2023/24" is "Q3 2023/24".
 */
final class QuarterForms {

	/** "End of Q3 2023/24", "by the end of March 2024": the end of the period is the period's date. */
	private static final Pattern END_OF = Pattern.compile("(?i)\\b(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?=q[1-4]\\b|[a-z]{3,9}\\s+\\d{2,4}\\b)");
	private static final Pattern QUARTER_WORD = Pattern.compile("(?i)\\b(?:qtr|quarter)\\s*([1-4])\\b");
	private static final Pattern SHORT_YEAR = Pattern.compile("(?i)\\b(q[1-4])\\s+(\\d{2})/(\\d{2})\\b|\\b(\\d{2})/(\\d{2})\\s+(q[1-4])\\b");
	private static final Pattern HYPHEN_YEAR = Pattern.compile("\\b(20\\d{2})-(\\d{2})\\b");
	private static final Pattern QUARTER = Pattern.compile("(?i)\\bq[1-4]\\b");
	private static final Pattern MONTH_YEAR = Pattern.compile(
			"(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*-(\\d{2}|\\d{4})$");

	private QuarterForms() {
	}

	static String normalise(String text) {
		String out = QUARTER_WORD.matcher(END_OF.matcher(text).replaceAll("")).replaceAll("Q$1");
		Matcher m = SHORT_YEAR.matcher(out);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			boolean first = m.group(1) != null;
			String from = first ? m.group(2) : m.group(4);
			String to = first ? m.group(3) : m.group(5);
			String quarter = first ? m.group(1) : m.group(6);
			m.appendReplacement(sb, next(from, to) ? quarter + " 20" + from + "/" + to : m.group());
		}
		m.appendTail(sb);
		out = sb.toString();
		if (QUARTER.matcher(out).find()) {
			// "Q4 2023-24": a financial year written with a hyphen (alone, "2023-12" is a month)
			m = HYPHEN_YEAR.matcher(out);
			sb = new StringBuilder();
			while (m.find()) {
				m.appendReplacement(sb, next(m.group(1).substring(2), m.group(2)) ? m.group(1) + "/" + m.group(2) : m.group());
			}
			m.appendTail(sb);
			out = sb.toString();
		}
		m = MONTH_YEAR.matcher(out.strip());
		return m.matches() ? out.strip().replace('-', ' ') : out;
	}

	/** True if {@code to} is the two-digit year after {@code from}: "23" then "24". */
	private static boolean next(String from, String to) {
		return (Integer.parseInt(from) + 1) % 100 == Integer.parseInt(to);
	}
}

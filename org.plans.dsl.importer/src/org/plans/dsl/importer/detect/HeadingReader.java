package org.plans.dsl.importer.detect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings of recommendations and of the blocks that answer them, numbered or not:
 * "Recommendation 3", "R3: …", "Theme A:", "Improvement Commitment 4 – …", "Priority 2 –",
 * "Outcome 1: …", "Work stream 2: …".
 */
public final class HeadingReader {

	/** A heading: a recommendation, or a priority (a work stream, theme, commitment, outcome). */
	public record Heading(Kind kind, String number, String title) {
	}

	public enum Kind {
		RECOMMENDATION, PRIORITY, WORKSTREAM
	}

	private static final String NUMBER = "([0-9]{1,2}[a-z]?|[A-Z])";
	// "Area of weakness 1" and "Area for development 2" (SEND written statements of action), "Key line of enquiry 3"
	// with a qualifier in front: "Improvement Area 1", "Key Priority 2", "Strategic Theme 3", "Focus Area 4"
	private static final Pattern WORDED = Pattern.compile("(?i)^((?:(?:improvement|key|strategic|focus) )?"
			+ "(?:recommendation|priority|work ?stream|theme"
			+ "|area(?: of (?:significant )?(?:weakness|concern|focus)| for (?:improvement|development))?"
			+ "|line of enquiry|commitment|outcome))\\s+" + NUMBER
			+ "\\s*(?:[:.\\-–—]\\s*(.*)|\\s*)$");
	private static final Pattern SHORT = Pattern.compile("^R([0-9]{1,2})\\s*[:.\\-–—]\\s*(.+)$");

	private HeadingReader() {
	}

	public static Optional<Heading> read(String text) {
		String t = text.strip();
		if (t.length() > 200) {
			return Optional.empty();
		}
		Matcher m = WORDED.matcher(t);
		if (m.matches()) {
			String word = m.group(1).toLowerCase(Locale.ROOT);
			String title = m.group(3) == null || m.group(3).isBlank() ? t.replaceAll("[\\s:.\\-–—]+$", "")
					: m.group(3).strip();
			Kind kind = word.endsWith("recommendation") ? Kind.RECOMMENDATION
					: word.matches("(?:\\w+ )?work ?stream") ? Kind.WORKSTREAM : Kind.PRIORITY;
			return Optional.of(new Heading(kind, m.group(2), title));
		}
		m = SHORT.matcher(t);
		if (m.matches()) {
			return Optional.of(new Heading(Kind.RECOMMENDATION, m.group(1), m.group(2).strip()));
		}
		return Optional.empty();
	}
}

package org.plans.dsl.importer.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the words {@code plans generate --target docx} writes it: a value, then
 * {@code at 2022-03} or {@code over 2022-03-31 to 2022-10-31}, then {@code for north} (the team or
 * area it is for), then {@code : on track, green}. Only dates as the language writes them count, so
 * a council's own "60% for Sept 2021" is not read as a label.
 *
 * @param from the first day of a period, or null
 * @param to the date (the period's end), or null when the words are not in this form
 * @param label what the position is for, or null
 * @param rest the words with the period as "at" its end and without the label
 */
public record PointWords(String from, String to, String label, String rest) {

	private static final String ISO = "\\d{4}-\\d{2}(?:-\\d{2})?|\\d{4}/\\d{2}-Q[1-4]|\\d{4}-Q[1-4]";
	private static final Pattern FORM = Pattern.compile("^(.*?)\\b(?:at (" + ISO + ")|over (" + ISO + ") to (" + ISO + "))"
			+ "(?: for ([^:“\"]+?))?(\\s*:.*)?$");

	public static PointWords read(String text) {
		Matcher m = FORM.matcher(text.strip());
		if (!m.matches()) {
			return new PointWords(null, null, null, text);
		}
		String to = m.group(2) != null ? m.group(2) : m.group(4);
		return new PointWords(m.group(3), to, m.group(5) == null ? null : m.group(5).strip(),
				(m.group(1) + "at " + to + (m.group(6) == null ? "" : m.group(6))).strip());
	}
}

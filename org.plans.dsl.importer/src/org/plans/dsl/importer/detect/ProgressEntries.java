package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A progress cell split into its dated updates: "Update (Mar 2024): …", "June 2024 – …",
 * "[12/03/2024] …" each start an update at that date; text before the first is undated.
 */
public final class ProgressEntries {

	/** One update: its date in plans syntax (null if the cell gives none) and its words. */
	public record Entry(String date, String text) {
	}

	private static final Pattern DATED = Pattern.compile(
			"(?im)(?:^|(?<=[.;]\\s{0,3}))\\s*(?:(?:progress\\s+)?update[d]?\\s*(?:at|as at|on)?\\s*)?[(\\[]?"
					+ "((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?[a-z]{3,9}\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|q[1-4]\\s*\\d{4}(?:/\\d{2})?"
					+ "|\\d{4}-\\d{2}(?:-\\d{2})?)[)\\]]?\\s*[:–—-]\\s*");
	/** "Progress updates from January 2023", "Progress as at July 2015", "Update: March 2024". */
	private static final Pattern DOCUMENT_DATE = Pattern.compile(
			"(?i)\\b(?:progress|update[sd]?)(?: updates?)?\\s*(?:from|at|as at|as of|since|[:–—-])\\s*(.{3,30})$");

	private ProgressEntries() {
	}

	public static List<Entry> read(String cell) {
		List<Entry> entries = new ArrayList<>();
		Matcher m = DATED.matcher(cell);
		int start = 0;
		String date = null;
		while (m.find()) {
			String found = DateReader.plainDate(m.group(1));
			if (found == null) {
				continue;
			}
			add(entries, date, cell.substring(start, m.start()));
			date = found;
			start = m.end();
		}
		add(entries, date, cell.substring(start));
		return entries;
	}

	private static void add(List<Entry> entries, String date, String text) {
		String t = text.strip();
		if (!t.isEmpty() || date != null) {
			entries.add(new Entry(date, t));
		}
	}

	/** The date a line of the document gives its progress ("Progress updates from January 2023"), or null. */
	public static String documentDate(String line) {
		Matcher m = DOCUMENT_DATE.matcher(line.strip());
		return m.find() ? DateReader.plainDate(m.group(1)) : null;
	}
}

package org.plans.dsl.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random edits an author makes in a plan, as an editor sends them (one replaced range): another
 * month, another lead (a declared person or an unknown one), a line with a date or a lead
 * repeated (what follows moves a line down) or a lead line removed (what follows moves up); in
 * a text without dates or leads, an empty line.
 */
public final class RandomEdits {

	/** Replaces {@code [start, end)} of a text with {@code text}. */
	public record Edit(int start, int end, String text) {

		public String applyTo(String before) {
			return before.substring(0, start) + text + before.substring(end);
		}
	}

	private static final Pattern DATE = Pattern.compile("\\b20\\d\\d-(0[1-9]|1[0-2])\\b");

	private static final Pattern LEAD = Pattern.compile("^\\s*lead ([\\w.-]+)");

	private static final Pattern PERSON = Pattern.compile("^person ([\\w.-]+)");

	private RandomEdits() {
	}

	/** One such edit of {@code text}; an empty line added if it has no date or lead line. */
	public static Edit of(String text, Random random) {
		List<Integer> starts = new ArrayList<>();
		List<String> people = new ArrayList<>(List.of("nobody"));
		for (int at = 0; at <= text.length(); at = text.indexOf('\n', at) + 1) {
			starts.add(at);
			Matcher person = PERSON.matcher(line(text, at));
			if (person.find()) {
				people.add(person.group(1));
			}
			if (text.indexOf('\n', at) < 0) {
				break;
			}
		}
		for (int attempt = 0; attempt < 1000; attempt++) {
			int at = starts.get(random.nextInt(starts.size()));
			String line = line(text, at);
			Matcher date = DATE.matcher(line);
			Matcher lead = LEAD.matcher(line);
			int kind = random.nextInt(4);
			if (kind == 0 && date.find()) {
				String month = (2019 + random.nextInt(9)) + "-" + String.format("%02d", 1 + random.nextInt(12));
				return new Edit(at + date.start(), at + date.end(), month);
			} else if (kind == 1 && lead.find()) {
				return new Edit(at + lead.start(1), at + lead.end(1), people.get(random.nextInt(people.size())));
			} else if (kind == 2 && (date.find() || lead.find())) {
				return new Edit(at, at, line + "\n");
			} else if (kind == 3 && lead.find() && at + line.length() < text.length()) {
				return new Edit(at, at + line.length() + 1, "");
			}
		}
		int at = starts.get(random.nextInt(starts.size()));
		return new Edit(at, at, "\n");
	}

	private static String line(String text, int at) {
		int end = text.indexOf('\n', at);
		return text.substring(at, end < 0 ? text.length() : end);
	}
}

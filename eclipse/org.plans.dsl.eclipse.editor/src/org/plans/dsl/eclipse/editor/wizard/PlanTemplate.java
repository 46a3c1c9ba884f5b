package org.plans.dsl.eclipse.editor.wizard;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

/** The text of a new plan: the header (id from the file name, a title, the month issued) and one priority. */
public final class PlanTemplate {

	private PlanTemplate() {
	}

	/** The plan for a file of this name; an id that would be one of the language's keywords gets {@code new-} before it. */
	public static String of(String fileName, YearMonth issued, Set<String> keywords) {
		String base = fileName.endsWith(".plan") ? fileName.substring(0, fileName.length() - ".plan".length()) : fileName;
		String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
		if (id.isEmpty() || !Character.isLetter(id.charAt(0)) || keywords.contains(id)) {
			id = "new-" + id;
		}
		return "plan " + id + " \"" + title(base) + " improvement plan\" {\n" //
				+ "    issued " + issued + "\n" //
				+ "}\n" //
				+ "\n" //
				+ "priority 1 \"First priority\" {\n" //
				+ "    action 1.1 \"First action\" {\n" //
				+ "    }\n" //
				+ "}\n";
	}

	private static String title(String base) {
		String words = base.replaceAll("[-_]+", " ").strip();
		return words.isEmpty() ? "New" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}

package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plans.dsl.importer.detect.ColumnRole;

/** One action's cells as read so far; rows continued across a page break are joined in. */
final class ImportedAction {

	final String origin;
	final Map<ColumnRole, String> cells = new EnumMap<>(ColumnRole.class);
	final Map<String, String> otherColumns = new LinkedHashMap<>();
	/** The findings the action answers (a "What inspectors found" column). */
	final Set<String> addresses = new LinkedHashSet<>();
	/** Measures of a table whose reference names this action: their last target is the action's. */
	final List<ImportedMeasure> measures = new ArrayList<>();
	/** Progress per period (a column per quarter): the period's date (or its header's words) → its text and rating. */
	final Map<String, String[]> periods = new LinkedHashMap<>();
	/** The Welsh halves of its cells ("Cymraeg: …"), written as notes. */
	final List<String> welsh = new ArrayList<>();
	/** How the action was written ("action 1.2", "action \"Audit files\""), for the review page. */
	String written;

	ImportedAction(String origin) {
		this.origin = origin;
	}

	String get(ColumnRole role) {
		return cells.getOrDefault(role, "");
	}

	void add(ColumnRole role, String text) {
		cells.merge(role, text, ImportedAction::join);
	}

	/** A cell of a progress or RAG column of one period: its update's words, or its rating. */
	void addPeriod(String period, ColumnRole role, String text) {
		String[] entry = periods.computeIfAbsent(period, p -> new String[] { "", "" });
		int at = role == ColumnRole.RAG ? 1 : 0;
		entry[at] = join(entry[at], text.strip());
	}

	void addOther(String header, String text) {
		otherColumns.merge(header, text, ImportedAction::join);
	}

	/** A sentence cut by a page break continues on the same line; anything else on a new one. */
	static String join(String before, String after) {
		if (before.isEmpty()) {
			return after;
		}
		boolean cut = !before.matches("(?s).*[.;:!?)]\\s*$") && !after.isEmpty()
				&& (Character.isLowerCase(after.charAt(0)) || !Character.isLetter(after.charAt(0)));
		return before + (cut ? " " : "\n") + after;
	}
}

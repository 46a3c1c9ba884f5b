package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.List;

/** A priority (or work stream) or an objective, and what it holds, in order. */
final class ImportedSection {

	final String kind;
	final String number;
	final String title;
	final String source;
	final List<Object> items = new ArrayList<>();
	final List<String> addresses = new ArrayList<>();
	/** Measures from a table under this block: their last target is this block's. */
	final List<ImportedMeasure> measures = new ArrayList<>();
	/** The Welsh half of its heading ("Cymraeg: …"), written as notes. */
	final List<String> welsh = new ArrayList<>();

	ImportedSection(String kind, String number, String title, String source) {
		this.kind = kind;
		this.number = number;
		this.title = title;
		this.source = source;
	}

	ImportedSection objective(String objectiveTitle) {
		ImportedSection objective = new ImportedSection("objective", "", objectiveTitle, objectiveTitle);
		items.add(objective);
		return objective;
	}

	ImportedAction action(String origin) {
		ImportedAction action = new ImportedAction(origin);
		items.add(action);
		return action;
	}

	ImportedAction lastAction() {
		for (int i = items.size() - 1; i >= 0; i--) {
			if (items.get(i) instanceof ImportedAction action) {
				return action;
			}
		}
		return null;
	}

	void note(String text) {
		items.add(text);
	}
}

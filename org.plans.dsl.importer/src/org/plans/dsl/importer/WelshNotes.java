package org.plans.dsl.importer;

import java.util.List;

import org.plans.dsl.importer.detect.Bilingual;
import org.plans.dsl.importer.source.Block;

/**
 * The Welsh half of text written in Welsh and English, kept in the plan (a Welsh council
 * publishes both): a note "Cymraeg: …" of what the English half became, the action, measure,
 * objective or block, else the place the reading stands, else the plan. Headers' Welsh words
 * are the table's structure and are not kept.
 */
final class WelshNotes {

	static final String LABEL = "Cymraeg: ";

	private final ImportedPlan plan;
	private final Sections sections;

	WelshNotes(ImportedPlan plan, Sections sections) {
		this.plan = plan;
		this.sections = sections;
	}

	/** The Welsh halves of a paragraph's text or a row's cells, in order; empty when none is bilingual. */
	static List<String> of(Block block) {
		if (block instanceof Block.Paragraph paragraph) {
			return halves(List.of(paragraph.text()));
		}
		return List.of();
	}

	static List<String> of(Block.Row row) {
		return halves(row.cells());
	}

	private static List<String> halves(List<String> texts) {
		return texts.stream().map(Bilingual::welsh).filter(half -> !half.isEmpty()).toList();
	}

	/** Keeps the halves with what their text became ({@code item}, or null for the place the reading stands). */
	void keep(List<String> halves, RowFate.Fate fate, Object item) {
		if (fate == RowFate.Fate.HEADER || fate == RowFate.Fate.REPEATED_HEADER) {
			return;
		}
		for (String half : halves) {
			keep(LABEL + half, item);
		}
	}

	private void keep(String note, Object item) {
		if (item instanceof ImportedAction action) {
			add(action.welsh, note);
		} else if (item instanceof ImportedMeasure measure) {
			add(measure.notes, note);
		} else if (item instanceof ImportedSection section) {
			add(section.welsh, note);
		} else if (sections.action != null) {
			add(sections.action.welsh, note);
		} else if (sections.current() != null) {
			add(sections.current().welsh, note);
		} else {
			add(plan.welsh, note);
		}
	}

	/** Once per element: a heading repeated (a sheet's, a page's) keeps its Welsh once. */
	private static void add(List<String> notes, String note) {
		if (!notes.contains(note)) {
			notes.add(note);
		}
	}
}

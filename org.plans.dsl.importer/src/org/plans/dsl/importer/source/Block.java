package org.plans.dsl.importer.source;

import java.util.List;

/** A piece of a source document, in reading order: a paragraph or a table. */
public interface Block {

	/** Where the block starts in the source, for notes and messages (a line, a sheet, a page). */
	String origin();

	/** Text between tables: headings, "Priority 1: ...", introductions. */
	record Paragraph(String text, String origin) implements Block {
	}

	/**
	 * The name of a workbook's sheet, when it has several: structure, not text. It never makes
	 * the plan's title; the actions of a sheet without headings of its own go under it.
	 */
	record Sheet(String name, String origin) implements Block {
	}

	/** The title a file's properties give (an Excel workbook's), for a plan whose text gives none. */
	record Title(String text, String origin) implements Block {
	}

	/** A table; every row has the same number of cells (missing ones are empty). */
	record Table(List<Row> rows, String origin) implements Block {
	}

	/** One table row: its cells' text and where it came from. */
	record Row(List<String> cells, String origin) {

		public String cell(int index) {
			return index >= 0 && index < cells.size() ? cells.get(index) : "";
		}

		public boolean isBlank() {
			return cells.stream().allMatch(String::isBlank);
		}

		public List<String> nonBlank() {
			return cells.stream().filter(c -> !c.isBlank()).toList();
		}
	}
}

package org.plans.dsl.importer;

import java.util.List;

/**
 * What one source row became: the import accounts for every row it read. {@code became} names
 * the block, measure or finding written from it ("action 1.2", "measure re-referrals"), or "".
 */
public record RowFate(String origin, List<String> cells, Fate fate, String became) {

	public RowFate(String origin, List<String> cells, Fate fate) {
		this(origin, cells, fate, "");
	}

	public enum Fate {
		ACTION("actions"), CONTINUED("joined to the action above"), HEADER("header rows"),
		REPEATED_HEADER("header rows repeated at a page break, dropped"), HEADING("headings"),
		MEASURE("measures"), FINDING("findings"), OWNERS("sponsors and leads of blocks"),
		TEXT("plan text (title, introduction, notes)"), NOTE("notes"), BLANK("blank rows, dropped");

		private final String label;

		Fate(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}

package org.plans.dsl.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plans.dsl.importer.detect.ColumnRole;
import org.plans.dsl.importer.detect.Columns;
import org.plans.dsl.importer.source.Block;

/**
 * Rows of an action table: where a new action starts, which rows continue the one above (cut by
 * a page break, wrapped, merged cells copied as text), and rows that lost their first cell.
 */
final class ActionRows {

	/** An action's reference: "1.2", "2a", "A3". */
	static final Pattern REF = Pattern.compile("[0-9]+(\\.[0-9]+)*[a-z]?|[A-Za-z]{1,3}[0-9]+(\\.[0-9]+)*[a-z]?");

	private ActionRows() {
	}

	/**
	 * A row starts a new action unless it continues {@code action} (a page break cut it, or it
	 * only adds cells).
	 */
	static boolean isNewAction(Block.Row row, Columns columns, ImportedAction action, boolean afterPageBreak) {
		String ref = columns.get(row, ColumnRole.REF).strip();
		String text = columns.get(row, ColumnRole.ACTION).strip();
		boolean dated = !columns.get(row, ColumnRole.DEADLINE).isBlank() || !columns.get(row, ColumnRole.START).isBlank();
		boolean led = !columns.get(row, ColumnRole.LEAD).isBlank();
		if (action == null) {
			return true;
		}
		if (columns.has(ColumnRole.REF)) {
			if (!ref.isEmpty()) {
				return REF.matcher(ref).matches() && !ref.equals(action.get(ColumnRole.REF).strip());
			}
			return !text.isEmpty() && dated && !startsLower(text);
		}
		if (text.isEmpty()) {
			return false;
		}
		return !(startsLower(text) && (afterPageBreak || (!led && !dated)));
	}

	/**
	 * Word tables merge a lead or deadline cell down the rows it covers; copied as text only
	 * its first row keeps it. Within one objective, a blank lead, start or deadline of
	 * {@code action} continues the action above.
	 */
	static void carryMergedCells(Block.Row row, Columns columns, ImportedAction above, ImportedAction action) {
		for (ColumnRole role : new ColumnRole[] { ColumnRole.LEAD, ColumnRole.START, ColumnRole.DEADLINE }) {
			if (columns.has(role) && columns.get(row, role).isBlank() && !above.get(role).isEmpty()) {
				action.add(role, above.get(role));
			}
		}
	}

	/** A continuation row whose first cell holds text, not a reference: the source lost its empty first cell. */
	static boolean isShifted(Block.Row row, Columns columns) {
		String first = columns.get(row, ColumnRole.REF).strip();
		return !first.isEmpty() && !REF.matcher(first).matches() && row.cell(columns.width() - 1).isBlank();
	}

	static Block.Row shiftRight(Block.Row row) {
		List<String> cells = new ArrayList<>();
		cells.add("");
		cells.addAll(row.cells());
		return new Block.Row(cells, row.origin());
	}

	static boolean startsLower(String text) {
		return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
	}
}

package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.importer.source.Block;

/** The roles of a table's columns, read from its header row. */
public final class Columns {

	private final Map<ColumnRole, Integer> byRole = new EnumMap<>(ColumnRole.class);
	private final List<String> headers;
	private final List<ColumnRole> roles;

	private Columns(List<String> headers, List<ColumnRole> roles) {
		this.headers = headers;
		this.roles = roles;
		for (int i = roles.size() - 1; i >= 0; i--) {
			if (roles.get(i) != null) {
				byRole.put(roles.get(i), i);
			}
		}
	}

	/** The columns if {@code row} is a header row: two or more known headers, among them an action, lead or deadline. */
	public static Optional<Columns> fromHeader(Block.Row row, Mapping mapping) {
		List<ColumnRole> roles = new ArrayList<>();
		int known = 0;
		for (String cell : row.cells()) {
			ColumnRole role = mapping.roleOf(cell).orElseGet(() -> ColumnRole.of(cell));
			roles.add(role);
			if (role != null && role != ColumnRole.IGNORE) {
				known++;
			}
		}
		boolean core = roles.contains(ColumnRole.ACTION) || roles.contains(ColumnRole.LEAD)
				|| roles.contains(ColumnRole.DEADLINE);
		return known >= 2 && core ? Optional.of(new Columns(row.cells(), roles)) : Optional.empty();
	}

	/** True if {@code row} reads as the second line of a wrapped header: only short cells, none a reference. */
	public static boolean continuesHeader(Block.Row row) {
		List<String> filled = row.nonBlank();
		if (filled.isEmpty()) {
			return false;
		}
		for (String cell : filled) {
			if (cell.length() > 40 || cell.split("\\s+").length > 4 || cell.matches("[0-9].*")) {
				return false;
			}
		}
		return true;
	}

	/** The header cells of two lines, joined column by column. */
	public static Block.Row join(Block.Row first, Block.Row second) {
		List<String> cells = new ArrayList<>();
		int width = Math.max(first.cells().size(), second.cells().size());
		for (int i = 0; i < width; i++) {
			cells.add((first.cell(i) + " " + second.cell(i)).strip());
		}
		return new Block.Row(cells, first.origin());
	}

	/** How many different roles the header names. */
	public int roleCount() {
		return byRole.size();
	}

	public boolean has(ColumnRole role) {
		return byRole.containsKey(role);
	}

	/** The cell of the first column with this role, or "". */
	public String get(Block.Row row, ColumnRole role) {
		Integer index = byRole.get(role);
		return index == null ? "" : row.cell(index);
	}

	public String header(int index) {
		return index < headers.size() ? headers.get(index) : "";
	}

	public ColumnRole role(int index) {
		return index < roles.size() ? roles.get(index) : null;
	}

	/** The header of the column with this role, e.g. "Progress - at July 2015". */
	public String header(ColumnRole role) {
		Integer index = byRole.get(role);
		return index == null ? "" : headers.get(index);
	}

	/** True if {@code row} repeats this header (a page break in the source). */
	public boolean isRepeatedBy(Block.Row row) {
		int same = 0;
		int filled = 0;
		for (int i = 0; i < row.cells().size(); i++) {
			if (!row.cell(i).isBlank()) {
				filled++;
				if (ColumnRole.normalise(row.cell(i)).equals(ColumnRole.normalise(header(i)))) {
					same++;
				}
			}
		}
		return filled > 0 && same * 2 >= filled && same >= 2;
	}

	public int width() {
		return headers.size();
	}
}

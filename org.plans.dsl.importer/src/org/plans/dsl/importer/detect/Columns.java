package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.source.Block;

/** The roles of a table's columns, read from its header row. */
public final class Columns {

	private final Map<ColumnRole, Integer> byRole = new EnumMap<>(ColumnRole.class);
	private final List<String> headers;
	private final List<ColumnRole> roles;

	/** The period of each progress or RAG column, when the header gives one per period ("Q1 update", "Q1 RAG", "Q2 update"). */
	private final Map<Integer, String> periods = new HashMap<>();

	private Columns(List<String> headers, List<ColumnRole> roles) {
		this.headers = headers;
		this.roles = roles;
		for (int i = roles.size() - 1; i >= 0; i--) {
			if (roles.get(i) != null) {
				byRole.put(roles.get(i), i);
			}
		}
		for (int i = 0; i < roles.size(); i++) {
			String period = roles.get(i) == ColumnRole.PROGRESS || roles.get(i) == ColumnRole.RAG ? periodOf(headers.get(i)) : null;
			if (period != null) {
				periods.put(i, period);
			}
		}
		if (periods.values().stream().distinct().count() < 2) {
			// one dated progress column ("Progress - at July 2015") dates the plan's progress instead
			periods.clear();
		}
	}

	private static final Pattern PERIOD_WORDS = Pattern.compile(
			"(?i)\\b(?:progress|updates?|rag|brag|rating|status|comments?|commentary)\\b|[:()\\[\\]–—-]");

	/** "Q1 update" → "Q1", "Progress Sept 2023" → "2023-09": the period a column header names, or null. */
	static String periodOf(String header) {
		String rest = PERIOD_WORDS.matcher(header).replaceAll(" ").strip().replaceAll("\\s+", " ");
		if (rest.isEmpty() || rest.equals(header.strip())) {
			return null;
		}
		if (rest.matches("(?i)q[1-4]")) {
			return rest.toUpperCase(Locale.ROOT);
		}
		String date = DateReader.plainDate(rest);
		return date == null || date.startsWith("\"") ? null : date;
	}

	/** The period of a column that reports on one of several ("Q1" of "Q1 update | Q1 RAG | Q2 update"), or null. */
	public String period(int index) {
		return periods.get(index);
	}

	/** True if the header has a progress or RAG column per period. */
	public boolean hasPeriods() {
		return !periods.isEmpty();
	}

	/** The financial year a header cell names ("Q1 2023/24 update" → 2023/24), or null. */
	public String financialYear() {
		for (String header : headers) {
			Matcher m = MeasureColumns.FINANCIAL_YEAR.matcher(header);
			if (m.find()) {
				return m.group();
			}
		}
		return null;
	}

	/**
	 * The columns if {@code row} is a header row: its filled cells are mostly header names (two
	 * or more, among them an action, lead or deadline) and none of them reads as data — a date
	 * ("End October 2015", unless it dates a progress column), a reference ("1.2") or long text.
	 * "No additional cost" or "Improve outcomes" in a data row do not make it a header.
	 */
	public static Optional<Columns> fromHeader(Block.Row row, Mapping mapping) {
		List<ColumnRole> roles = new ArrayList<>();
		int known = 0;
		int filled = 0;
		for (String cell : row.cells()) {
			ColumnRole role = mapping.roleOf(cell).orElseGet(() -> ColumnRole.of(cell));
			roles.add(role);
			if (cell.isBlank()) {
				continue;
			}
			filled++;
			if (mapping.roleOf(cell).isEmpty() && readsAsData(cell, role)) {
				return Optional.empty();
			}
			if (role != null) {
				known++;
			}
		}
		boolean core = roles.contains(ColumnRole.ACTION) || roles.contains(ColumnRole.LEAD)
				|| roles.contains(ColumnRole.DEADLINE) || roles.contains(ColumnRole.FINDING)
				|| roles.contains(ColumnRole.SPONSOR);
		return known >= 2 && known * 3 >= filled * 2 && core ? Optional.of(new Columns(row.cells(), roles))
				: Optional.empty();
	}

	/** True if every filled cell of {@code row} is a header name: a header of a new table, not a data row. */
	public static boolean isOnlyHeaderNames(Block.Row row, Mapping mapping) {
		return fromHeader(row, mapping).isPresent() && row.nonBlank().stream()
				.allMatch(cell -> mapping.roleOf(cell).or(() -> Optional.ofNullable(ColumnRole.of(cell))).isPresent());
	}

	private static boolean readsAsData(String cell, ColumnRole role) {
		String text = cell.strip();
		if (text.length() > 60 || text.split("\\s+").length > 8 || text.matches("[0-9]+(\\.[0-9]+)*[a-z]?")) {
			return true;
		}
		// a dated progress or RAG header ("Update Sept 2023", "RAG Sept 2023") is a header
		return role != ColumnRole.PROGRESS && role != ColumnRole.RAG && DateReader.isDate(text);
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

	/** The index of the first column with this role, or -1. */
	public int index(ColumnRole role) {
		return byRole.getOrDefault(role, -1);
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

	/** True if {@code row} repeats this header exactly, cell for cell (a page break in the source). */
	public boolean isRepeatedBy(Block.Row row) {
		int width = Math.max(row.cells().size(), headers.size());
		for (int i = 0; i < width; i++) {
			if (!ColumnRole.normalise(row.cell(i)).equals(ColumnRole.normalise(header(i)))) {
				return false;
			}
		}
		return !row.isBlank();
	}

	public int width() {
		return headers.size();
	}
}

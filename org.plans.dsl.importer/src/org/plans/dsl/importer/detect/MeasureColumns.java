package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.importer.source.Block;

/**
 * The columns of a measure table: "Measure | Baseline | Target for Sep 2021 | Position (Q2) |
 * Progress relative to targets", or "Indicator | Baseline | Target | Q1 | Q2 | Q3 | Q4". A column
 * whose header says when (a date, a quarter, a financial year) dates what it holds.
 */
public final class MeasureColumns {

	/** What a column of a measure table holds. */
	public enum Kind {
		NAME, BASELINE, TARGET, POSITION, VERDICT,
		/** A reference or the block a row is for ("Ref", "Priority", "Theme"). */
		REF, OTHER
	}

	/** A column: what it holds, and the date its header gives ("" when none; "Q2" when only a quarter). */
	public record Column(Kind kind, String header, String date) {
	}

	private static final Pattern NAME = Pattern.compile("(?:key )?(?:performance )?(?:measures?|indicators?|kpis?|metrics?)"
			+ "|how will we know|what we will measure|success measures?|measures? of success|key performance indicators?");
	private static final Pattern BASELINE = Pattern.compile("(?:baseline|starting point|where we were|start point)\\b.*");
	private static final Pattern TARGET = Pattern.compile("(?:target|targets|goal|ambition)\\b(?! date).*");
	private static final Pattern POSITION = Pattern.compile(
			"(?:(?:current |latest )?position|current|actual|latest|where we are|performance at|outturn)\\b.*");
	private static final Pattern VERDICT = Pattern.compile("progress (?:relative to|against) targets?|rag|rag rating"
			+ "|rag status|status|on track|direction of travel|judgement|verdict|met");
	private static final Pattern BARE_QUARTER = Pattern.compile("(?i)q([1-4])");
	/**
	 * A bare year where the words make it a date: after "by", "in", "at", "as at", "for", "end",
	 * "from", "until", "since" or "during", or alone in brackets ("(2023)"). Elsewhere a four-digit
	 * number is a count.
	 */
	/** A financial year written "2024/25" (its two parts in groups 1 and 2). */
	public static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

	static final String YEAR_AT = "(?i:(?<=\\b(?:by|in|at|for|end|from|until|since|during)\\s)|(?<=\\())(?:19|20)\\d{2}(?!\\d|/\\d)";
	/** A bare year in a header ("Baseline (2023)", "Baseline 2023", "2024"): the header is a date position. */
	private static final Pattern HEADER_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b(?!/\\d)");

	private final List<Column> columns;

	private MeasureColumns(List<Column> columns) {
		this.columns = columns;
	}

	/**
	 * The columns if {@code row} heads a measure table: a measure column and two or more of
	 * baseline, target, position and dated columns, one of them not a target, every other cell
	 * short and known.
	 */
	public static Optional<MeasureColumns> fromHeader(Block.Row row) {
		List<Column> columns = new ArrayList<>();
		int points = 0;
		int notTargets = 0;
		int unknown = 0;
		boolean named = false;
		for (int i = 0; i < row.cells().size(); i++) {
			String cell = row.cell(i).strip();
			if (cell.length() > 50 || cell.split("\\s+").length > 7) {
				return Optional.empty();
			}
			Column column = column(cell, i);
			columns.add(column);
			switch (column.kind()) {
			case NAME -> named = true;
			case BASELINE, POSITION -> {
				points++;
				notTargets++;
			}
			case TARGET -> points++;
			case OTHER -> unknown += cell.isEmpty() ? 0 : 1;
			default -> {
			}
			}
		}
		return named && points >= 2 && notTargets >= 1 && unknown <= 1 ? Optional.of(new MeasureColumns(columns))
				: Optional.empty();
	}

	private static Column column(String cell, int index) {
		String name = ColumnRole.normalise(cell);
		String date = date(cell);
		if (name.isEmpty()) {
			return new Column(index == 0 ? Kind.NAME : Kind.OTHER, cell, "");
		}
		if (NAME.matcher(name).matches()) {
			return new Column(Kind.NAME, cell, "");
		}
		if (BASELINE.matcher(name).matches()) {
			return new Column(Kind.BASELINE, cell, date);
		}
		if (TARGET.matcher(name).matches()) {
			return new Column(Kind.TARGET, cell, date);
		}
		if (VERDICT.matcher(name).matches()) {
			return new Column(Kind.VERDICT, cell, "");
		}
		if (POSITION.matcher(name).matches() || !date.isEmpty()) {
			// A column headed by a date or a quarter ("Q1", "Jun 2024", "2023/24") holds the position then.
			return new Column(Kind.POSITION, cell, date);
		}
		if (ColumnRole.of(cell) == ColumnRole.REF || ColumnRole.of(cell) == ColumnRole.SECTION
				|| ColumnRole.of(cell) == ColumnRole.OBJECTIVE) {
			return new Column(Kind.REF, cell, "");
		}
		return new Column(Kind.OTHER, cell, "");
	}

	/** The date a header gives: "2021-09" from "Target for Sep 2021", "Q2" from "Position (Q2)"; "" if none. */
	private static String date(String cell) {
		String date = DateReader.plainDate(cell);
		if (date != null) {
			return date;
		}
		Matcher quarter = Pattern.compile("(?i)\\bq([1-4])\\b").matcher(cell);
		if (quarter.find()) {
			return "Q" + quarter.group(1);
		}
		Matcher year = HEADER_YEAR.matcher(cell);
		return year.find() ? year.group() : "";
	}

	/**
	 * The financial year a header row names ("Target 2024/25", "Q1 2024/25"), or the one a target
	 * date falls in ("Target March 2025" → 2024/25); null if none. Bare quarters ("Q1") are read in it.
	 */
	public String financialYear() {
		for (Column column : columns) {
			Matcher m = FINANCIAL_YEAR.matcher(column.date());
			if (m.find()) {
				return m.group(1) + "/" + m.group(2);
			}
		}
		for (Column column : columns) {
			Matcher m = Pattern.compile("^(\\d{4})-(\\d{2})").matcher(column.date());
			if (column.kind() == Kind.TARGET && m.find()) {
				int year = Integer.parseInt(m.group(1));
				int start = Integer.parseInt(m.group(2)) <= 3 ? year - 1 : year;
				return start + "/" + String.format("%02d", (start + 1) % 100);
			}
		}
		return null;
	}

	/** The financial year the table reports on: one a column other than the baseline names ("Q1 2024/25"); null if none. */
	public String reportingYear() {
		for (Column column : columns) {
			Matcher m = FINANCIAL_YEAR.matcher(column.date());
			if (column.kind() != Kind.BASELINE && m.find()) {
				return m.group();
			}
		}
		return null;
	}

	/** A bare quarter ("Q2") in the financial year given ("2024/25-Q2"); null without a year. */
	public static String inYear(String quarter, String financialYear) {
		Matcher m = BARE_QUARTER.matcher(quarter);
		if (!m.matches()) {
			return quarter.isEmpty() ? null : quarter;
		}
		return financialYear == null ? null : financialYear + "-Q" + m.group(1);
	}

	public Column column(int index) {
		return index < columns.size() ? columns.get(index) : new Column(Kind.OTHER, "", "");
	}

	public int width() {
		return columns.size();
	}

	/** True if {@code row} repeats this header exactly (a page break in the source). */
	public boolean isRepeatedBy(Block.Row row) {
		for (int i = 0; i < Math.max(width(), row.cells().size()); i++) {
			if (!ColumnRole.normalise(row.cell(i)).equals(ColumnRole.normalise(column(i).header()))) {
				return false;
			}
		}
		return !row.isBlank();
	}
}

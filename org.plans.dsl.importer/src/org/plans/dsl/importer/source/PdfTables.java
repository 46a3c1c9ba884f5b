package org.plans.dsl.importer.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A PDF page's lines as blocks. Lines of two or more segments, and the one-segment lines between
 * them that continue a cell, form a table; its columns are the x positions where segments of
 * many lines start. A row ends where the gap to the next line is wider than the gap between the
 * lines of a cell and the next line has text in the first column or in two cells (where all gaps are
 * alike, where the first column has text again).
 */
final class PdfTables {

	/** How far apart (in points) two segment starts may be and still be one column. */
	private static final float SAME_X = 4f;

	/** A gap between lines wider than this many font sizes is a gap between rows, not lines of a cell. */
	private static final float ROW_GAP = 1.45f;

	private PdfTables() {
	}

	private static float gap(List<PdfLines.Line> lines, int index) {
		return lines.get(index).y() - lines.get(index - 1).y();
	}

	static List<Block> blocks(List<PdfLines.Line> lines, String origin) {
		List<Block> blocks = new ArrayList<>();
		int i = 0;
		StringBuilder paragraph = new StringBuilder();
		while (i < lines.size()) {
			int end = regionEnd(lines, i);
			if (end > i) {
				List<PdfLines.Line> region = lines.subList(i, end + 1);
				Block.Table table = table(region, origin);
				if (table != null) {
					flush(paragraph, blocks, origin);
					blocks.add(table);
					i = end + 1;
					continue;
				}
			}
			String text = lines.get(i).text();
			if (paragraph.length() > 0 && joinsParagraph(paragraph, text, lines.get(i - 1), lines.get(i))) {
				paragraph.replace(0, paragraph.length(), PdfText.paragraph(paragraph.toString(), text));
			} else {
				flush(paragraph, blocks, origin);
				paragraph.append(text);
			}
			i++;
		}
		flush(paragraph, blocks, origin);
		return blocks;
	}

	/** A paragraph line cut mid-sentence continues on the next line; anything else is its own paragraph. */
	private static boolean joinsParagraph(StringBuilder paragraph, String next, PdfLines.Line before, PdfLines.Line line) {
		boolean close = line.y() - before.y() <= 1.6f * line.size();
		return close && !PdfText.paragraph(paragraph.toString(), next).contains("\n");
	}

	private static void flush(StringBuilder paragraph, List<Block> blocks, String origin) {
		String text = CellText.plain(paragraph.toString());
		if (!text.isEmpty()) {
			blocks.add(new Block.Paragraph(text, origin));
		}
		paragraph.setLength(0);
	}

	/** The last line of a table that starts at {@code start}, or {@code start} when none starts there. */
	private static int regionEnd(List<PdfLines.Line> lines, int start) {
		if (lines.get(start).segments().size() < 2) {
			return start;
		}
		int end = start;
		for (int i = start + 1; i < lines.size(); i++) {
			PdfLines.Line line = lines.get(i);
			PdfLines.Line before = lines.get(i - 1);
			boolean close = line.y() - before.y() <= 2.2f * line.size();
			if (!close) {
				break;
			}
			if (line.segments().size() < 2 && !continuesTable(lines, start, i)) {
				break;
			}
			end = i;
		}
		return end;
	}

	/** A one-segment line inside a table: it starts at a column's x and a table line follows close below (or it is not at the first column). */
	private static boolean continuesTable(List<PdfLines.Line> lines, int start, int index) {
		float x = lines.get(index).segments().get(0).x0();
		List<Float> columns = columns(lines.subList(start, index));
		int column = nearest(columns, x);
		if (column < 0) {
			return false;
		}
		if (column > 0) {
			return true;
		}
		for (int i = index + 1; i < lines.size() && i <= index + 12; i++) {
			if (lines.get(i).y() - lines.get(i - 1).y() > 2.2f * lines.get(i).size()) {
				return false;
			}
			if (lines.get(i).segments().size() >= 2) {
				return true;
			}
		}
		return false;
	}

	/** Column starts: segment x positions shared by at least two lines, or where the first line has a segment. */
	static List<Float> columns(List<PdfLines.Line> region) {
		List<float[]> clusters = new ArrayList<>();
		for (PdfLines.Line line : region) {
			if (line.segments().size() < 2) {
				continue;
			}
			for (PdfLines.Segment segment : line.segments()) {
				float[] cluster = clusters.stream().filter(c -> Math.abs(c[0] - segment.x0()) <= SAME_X).findFirst()
						.orElse(null);
				if (cluster == null) {
					clusters.add(new float[] { segment.x0(), 1 });
				} else {
					cluster[1]++;
				}
			}
		}
		long tableLines = region.stream().filter(l -> l.segments().size() >= 2).count();
		float least = tableLines < 2 ? 1 : 2;
		// The first line (most often the header) starts a column at each of its segments, even
		// one nothing below it fills on this page ("Progress" over empty cells).
		List<PdfLines.Segment> first = region.isEmpty() ? List.of() : region.get(0).segments();
		return clusters.stream().filter(c -> c[1] >= least || first.size() >= 2
				&& first.stream().anyMatch(s -> Math.abs(s.x0() - c[0]) <= SAME_X)).map(c -> c[0]).sorted().toList();
	}

	/** The column a segment starting at x belongs to: the last column starting at or before it. */
	private static int nearest(List<Float> columns, float x) {
		int found = -1;
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c) <= x + SAME_X) {
				found = c;
			}
		}
		return found;
	}

	/** The table of a region's lines, or null when it is not one (fewer than two columns or rows). */
	private static Block.Table table(List<PdfLines.Line> region, String origin) {
		List<Float> columns = columns(region);
		if (columns.size() < 2) {
			return null;
		}
		boolean spaced = false;
		for (int i = 1; i < region.size(); i++) {
			spaced |= gap(region, i) > ROW_GAP * region.get(i).size();
		}
		List<List<String>> rows = new ArrayList<>();
		List<String> row = null;
		for (int i = 0; i < region.size(); i++) {
			PdfLines.Line line = region.get(i);
			String[] cells = new String[columns.size()];
			for (PdfLines.Segment segment : line.segments()) {
				int c = Math.max(0, nearest(columns, segment.x0()));
				cells[c] = cells[c] == null ? segment.text() : cells[c] + " " + segment.text();
			}
			boolean wide = i > 0 && gap(region, i) > ROW_GAP * line.size();
			boolean starts = row == null || (spaced ? wide && (cells[0] != null || line.segments().size() >= 2)
					: cells[0] != null);
			if (starts) {
				row = new ArrayList<>();
				for (String cell : cells) {
					row.add(cell == null ? "" : cell);
				}
				rows.add(row);
			} else {
				for (int c = 0; c < cells.length; c++) {
					if (cells[c] != null) {
						row.set(c, row.get(c).isEmpty() ? cells[c] : PdfText.cell(row.get(c), cells[c]));
					}
				}
			}
		}
		if (rows.size() < 2) {
			return null;
		}
		List<Block.Row> blockRows = new ArrayList<>();
		for (List<String> cells : rows) {
			blockRows.add(new Block.Row(cells.stream().map(CellText::plain).toList(), origin));
		}
		return new Block.Table(Tables.square(blockRows), origin);
	}
}

package org.plans.dsl.importer.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text whose table rows are tab-separated (text copied out of Word or a PDF):
 * consecutive lines with tabs form a table, other lines are paragraphs. A cell that wraps
 * onto the next lines (a row with too few cells, completed exactly by the lines after it)
 * is joined back into one row.
 */
public class TabbedTextReader implements SourceReader {

	/** How many lines one wrapped row may take. */
	private static final int MAX_WRAP = 12;

	@Override
	public List<Block> read(Path file) throws IOException {
		return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
	}

	public List<Block> read(String content, String name) {
		List<Block> blocks = new ArrayList<>();
		List<Block.Row> rows = new ArrayList<>();
		String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		String tableStart = null;
		int width = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String origin = name + ":" + (i + 1);
			if (line.indexOf('\t') >= 0) {
				if (rows.isEmpty()) {
					tableStart = origin;
					width = line.split("\t", -1).length;
				}
				int end = wrappedEnd(lines, i, width);
				List<String> raw = new ArrayList<>(List.of(line.split("\t", -1)));
				for (int next = i + 1; next <= end; next++) {
					String[] more = lines[next].split("\t", -1);
					raw.set(raw.size() - 1, CellText.joinWrapped(raw.get(raw.size() - 1), more[0]));
					raw.addAll(List.of(more).subList(1, more.length));
				}
				List<String> cells = new ArrayList<>();
				raw.forEach(cell -> cells.add(CellText.clean(cell)));
				rows.add(new Block.Row(cells, origin));
				i = end;
				continue;
			}
			if (!rows.isEmpty()) {
				blocks.add(new Block.Table(Tables.square(rows), tableStart));
				rows = new ArrayList<>();
			}
			String text = CellText.clean(line);
			if (!text.isEmpty()) {
				blocks.add(new Block.Paragraph(text, origin));
			}
		}
		if (!rows.isEmpty()) {
			blocks.add(new Block.Table(Tables.square(rows), tableStart));
		}
		return blocks;
	}

	/**
	 * The last line of the row starting at {@code start}: itself, unless it has fewer cells than
	 * the table and the next lines (none blank) bring it to exactly the table's width.
	 */
	private static int wrappedEnd(String[] lines, int start, int width) {
		int cells = lines[start].split("\t", -1).length;
		if (width < 3 || cells >= width) {
			return start;
		}
		for (int next = start + 1; next < lines.length && next <= start + MAX_WRAP; next++) {
			if (lines[next].isBlank()) {
				return start;
			}
			cells += lines[next].split("\t", -1).length - 1;
			if (cells == width) {
				return next;
			}
			if (cells > width) {
				return start;
			}
		}
		return start;
	}
}

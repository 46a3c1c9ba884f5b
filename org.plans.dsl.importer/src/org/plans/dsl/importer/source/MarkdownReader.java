package org.plans.dsl.importer.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Markdown: pipe tables, and headings and paragraphs between them. */
public class MarkdownReader implements SourceReader {

	private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

	@Override
	public List<Block> read(Path file) throws IOException {
		String name = file.getFileName().toString();
		List<Block> blocks = new ArrayList<>();
		List<Block.Row> rows = new ArrayList<>();
		String tableStart = null;
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			String origin = name + ":" + (i + 1);
			if (line.startsWith("|")) {
				if (SEPARATOR.matcher(line).matches()) {
					continue;
				}
				if (rows.isEmpty()) {
					tableStart = origin;
				}
				int end = wrappedEnd(lines, i);
				for (int next = i + 1; next <= end; next++) {
					line = CellText.joinWrapped(line, lines.get(next)).replace("\n", "<br>");
				}
				i = end;
				rows.add(new Block.Row(cells(line), origin));
				continue;
			}
			if (!rows.isEmpty()) {
				blocks.add(new Block.Table(Tables.square(rows), tableStart));
				rows = new ArrayList<>();
			}
			String text = CellText.clean(line.replaceFirst("^#{1,6}\\s*", ""));
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
	 * The last line of a table row that starts at {@code start}: a row that does not close with
	 * '|' wraps onto the lines after it, up to the one that does.
	 */
	private static int wrappedEnd(List<String> lines, int start) {
		String line = lines.get(start).strip();
		if (line.endsWith("|") || line.length() < 2) {
			return start;
		}
		for (int next = start + 1; next < lines.size() && next <= start + 12; next++) {
			String more = lines.get(next).strip();
			if (more.isEmpty() || more.startsWith("|")) {
				return start;
			}
			if (more.endsWith("|")) {
				return next;
			}
		}
		return start;
	}

	/** The cells of a pipe-table line; {@code \|} is a pipe inside a cell. */
	static List<String> cells(String line) {
		String body = line.substring(1);
		if (body.endsWith("|") && !body.endsWith("\\|")) {
			body = body.substring(0, body.length() - 1);
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
				cell.append('|');
				i++;
			} else if (c == '|') {
				cells.add(CellText.clean(cell.toString()));
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(CellText.clean(cell.toString()));
		return cells;
	}
}

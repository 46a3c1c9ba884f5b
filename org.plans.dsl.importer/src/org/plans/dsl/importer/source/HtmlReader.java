package org.plans.dsl.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML, as Word saves it or a web page holds it: every table (merged cells spread so every row
 * has the table's width, the text in the first cell a merge covers), and the headings and
 * paragraphs between tables (a table's caption just above it), in order. Line breaks and
 * paragraphs inside a cell are lines.
 */
public class HtmlReader implements SourceReader {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"dl", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "main", "nav", "aside",
			"caption", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "hr", "address", "figure", "figcaption");
	private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "title");

	@Override
	public List<Block> read(Path file) throws IOException {
		Document document = Jsoup.parse(file.toFile(), null);
		return new Walk(file.getFileName().toString()).blocks(document.body());
	}

	/** The blocks of a body, in reading order. */
	private static final class Walk {
		private final String name;
		private final List<Block> blocks = new ArrayList<>();
		private final StringBuilder loose = new StringBuilder();
		private int paragraphs;
		private int tables;

		Walk(String name) {
			this.name = name;
		}

		List<Block> blocks(Element body) {
			visit(body);
			flush();
			return blocks;
		}

		private void visit(Element element) {
			for (Node node : element.childNodes()) {
				if (node instanceof TextNode text) {
					loose.append(text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "));
				} else if (node instanceof Element child) {
					String tag = child.normalName();
					if (SKIPPED.contains(tag)) {
						continue;
					}
					if (tag.equals("table")) {
						flush();
						child.children().stream().filter(e -> e.normalName().equals("caption"))
								.forEach(caption -> loose.append(text(caption)).append('\n'));
						flush();
						tables++;
						blocks.add(table(child, name + " table " + tables));
					} else if (tag.equals("br")) {
						loose.append('\n');
					} else if (BLOCKS.contains(tag) && child.selectFirst("table") == null) {
						flush();
						loose.append(text(child));
						flush();
					} else if (BLOCKS.contains(tag)) {
						flush();
						visit(child);
						flush();
					} else {
						visit(child);
					}
				}
			}
		}

		/** The loose text gathered so far, one paragraph a line. */
		private void flush() {
			for (String line : CellText.plain(loose.toString().replace('\u00a0', ' ')).split("\n")) {
				if (!line.isBlank()) {
					paragraphs++;
					blocks.add(new Block.Paragraph(line, name + " paragraph " + paragraphs));
				}
			}
			loose.setLength(0);
		}
	}

	/** A table's rows, its merged cells spread over the grid they cover. */
	static Block.Table table(Element table, String origin) {
		List<Element> trs = new ArrayList<>();
		for (Element child : table.children()) {
			if (child.normalName().equals("tr")) {
				trs.add(child);
			} else if (Set.of("thead", "tbody", "tfoot").contains(child.normalName())) {
				child.children().stream().filter(e -> e.normalName().equals("tr")).forEach(trs::add);
			}
		}
		Map<Integer, Map<Integer, String>> grid = new HashMap<>();
		int width = 0;
		for (int r = 0; r < trs.size(); r++) {
			Map<Integer, String> row = grid.computeIfAbsent(r, k -> new HashMap<>());
			int column = 0;
			for (Element cell : trs.get(r).children()) {
				if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
					continue;
				}
				while (row.containsKey(column)) {
					column++;
				}
				int rows = span(cell, "rowspan", trs.size() - r);
				int columns = span(cell, "colspan", 1000);
				for (int dr = 0; dr < rows; dr++) {
					Map<Integer, String> covered = grid.computeIfAbsent(r + dr, k -> new HashMap<>());
					for (int dc = 0; dc < columns; dc++) {
						covered.put(column + dc, dr == 0 && dc == 0 ? text(cell) : "");
					}
				}
				column += columns;
			}
			width = Math.max(width, row.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
		}
		List<Block.Row> rows = new ArrayList<>();
		for (int r = 0; r < trs.size(); r++) {
			Map<Integer, String> row = grid.get(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < width; c++) {
				cells.add(row.getOrDefault(c, ""));
			}
			rows.add(new Block.Row(cells, origin + " row " + (r + 1)));
		}
		return new Block.Table(Tables.square(rows), origin);
	}

	private static int span(Element cell, String attribute, int most) {
		try {
			int span = Integer.parseInt(cell.attr(attribute).strip());
			return Math.max(1, Math.min(span, most));
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/** An element's text as lines: {@code <br>}, paragraphs and list items break lines; source line breaks do not. */
	static String text(Element element) {
		StringBuilder out = new StringBuilder();
		append(element, out);
		return CellText.plain(out.toString());
	}

	private static void append(Node node, StringBuilder out) {
		if (node instanceof TextNode text) {
			out.append(text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " "));
			return;
		}
		if (!(node instanceof Element element) || SKIPPED.contains(element.normalName())) {
			return;
		}
		String tag = element.normalName();
		if (tag.equals("br")) {
			out.append('\n');
			return;
		}
		boolean block = BLOCKS.contains(tag);
		if (block) {
			out.append('\n');
		}
		if (tag.equals("li")) {
			out.append("- ");
		}
		if (tag.equals("td") || tag.equals("th")) {
			out.append(' ');
		}
		for (Node child : element.childNodes()) {
			append(child, out);
		}
		if (block) {
			out.append('\n');
		}
	}
}

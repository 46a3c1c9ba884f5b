package org.plans.dsl.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word document: its tables, and the headings and paragraphs between them, in order. */
public class DocxReader implements SourceReader {

	@Override
	public List<Block> read(Path file) throws IOException {
		String name = file.getFileName().toString();
		List<Block> blocks = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			int paragraphs = 0;
			int tables = 0;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraphs++;
					String text = CellText.clean(paragraph.getText());
					if (!text.isEmpty()) {
						blocks.add(new Block.Paragraph(text, name + " paragraph " + paragraphs));
					}
				} else if (element instanceof XWPFTable table) {
					tables++;
					blocks.add(table(table, name + " table " + tables));
				}
			}
		}
		return blocks;
	}

	private static Block.Table table(XWPFTable table, String origin) {
		List<Block.Row> rows = new ArrayList<>();
		int number = 0;
		for (XWPFTableRow row : table.getRows()) {
			number++;
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(cellText(cell));
			}
			rows.add(new Block.Row(cells, origin + " row " + number));
		}
		return new Block.Table(Tables.square(rows), origin);
	}

	/** A cell's paragraphs as lines; list paragraphs become "- " items. */
	private static String cellText(XWPFTableCell cell) {
		StringBuilder text = new StringBuilder();
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			String line = paragraph.getText();
			if (paragraph.getNumID() != null && !line.isBlank()) {
				line = "- " + line;
			}
			text.append(text.length() == 0 ? "" : "\n").append(line);
		}
		return CellText.clean(text.toString());
	}
}

package org.plans.dsl.importer.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text whose table rows are tab-separated (text copied out of Word or a PDF):
 * consecutive lines with tabs form a table, other lines are paragraphs.
 */
public class TabbedTextReader implements SourceReader {

	@Override
	public List<Block> read(Path file) throws IOException {
		return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
	}

	public List<Block> read(String content, String name) {
		List<Block> blocks = new ArrayList<>();
		List<Block.Row> rows = new ArrayList<>();
		String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		String tableStart = null;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String origin = name + ":" + (i + 1);
			if (line.indexOf('\t') >= 0) {
				if (rows.isEmpty()) {
					tableStart = origin;
				}
				List<String> cells = new ArrayList<>();
				for (String cell : line.split("\t", -1)) {
					cells.add(CellText.clean(cell));
				}
				rows.add(new Block.Row(cells, origin));
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
}

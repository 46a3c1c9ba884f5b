package org.plans.dsl.importer.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A CSV or TSV file: one table. */
public class DelimitedReader implements SourceReader {

	private final char delimiter;

	public DelimitedReader(char delimiter) {
		this.delimiter = delimiter;
	}

	@Override
	public List<Block> read(Path file) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		List<Block.Row> rows = new ArrayList<>();
		String name = file.getFileName().toString();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : format.parse(reader)) {
				List<String> cells = new ArrayList<>();
				record.forEach(cell -> cells.add(CellText.plain(cell)));
				if (rows.isEmpty() && !cells.isEmpty()) {
					cells.set(0, cells.get(0).replace("\uFEFF", ""));
				}
				rows.add(new Block.Row(cells, name + ":" + record.getRecordNumber()));
			}
		}
		return rows.isEmpty() ? List.of() : List.of(new Block.Table(Tables.square(rows), name + ":1"));
	}
}

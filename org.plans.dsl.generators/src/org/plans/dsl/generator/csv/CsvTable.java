package org.plans.dsl.generator.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plans.dsl.escaping.Csv;

/**
 * A CSV file as every CSV output writes it: a byte order mark, then RFC 4180 (Commons CSV) with
 * a header row and CRLF everywhere, after each record and inside multi-line cells; every cell
 * neutralised against formulas ({@link Csv#cell}).
 */
final class CsvTable {

	/** Excel reads a CSV file as UTF-8 only after a byte order mark; without one it guesses the ANSI code page. */
	static final String BOM = "\uFEFF";

	private CsvTable() {
	}

	static String of(List<String> header, List<List<String>> rows) throws IOException {
		StringWriter text = new StringWriter();
		text.write(BOM);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(text, format)) {
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(CsvTable::cell).toList());
			}
		}
		return text.toString();
	}

	private static String cell(String text) {
		return Csv.cell(text).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
	}
}

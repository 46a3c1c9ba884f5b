package org.plans.dsl.tracker.model;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plans.dsl.escaping.Csv;

/**
 * CSV as the tracker targets write it: deterministic, escaped, safe in spreadsheets. Their JSON
 * goes through {@link org.plans.dsl.generator.json.Json#writeArraysByLine(Object)}.
 */
public final class TrackerFormats {

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

	private TrackerFormats() {
	}

	/**
	 * A CSV file: the header, then one record per row. A cell a spreadsheet would take as a
	 * formula (starting with = + - @, a tab or a carriage return) is prefixed with a quote.
	 */
	public static String csv(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
			printer.printRecord(header.stream().map(Csv::cell).toList());
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(Csv::cell).toList());
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}
}

package org.plans.dsl.tracker;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plans.dsl.escaping.Csv;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** CSV and JSON as the tracker targets write them: deterministic, escaped, safe in spreadsheets. */
public final class TrackerFormats {

	/** Shared by the targets and the Redmine sync. */
	public static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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

	/** Pretty JSON with two-space indents and a final newline. */
	public static String json(Object value) {
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
				.withArrayIndenter(new DefaultIndenter("  ", "\n"));
		return JSON.writer().with(printer).writeValueAsString(value) + "\n";
	}

	public static ObjectNode object() {
		return JSON.createObjectNode();
	}

	public static ArrayNode array() {
		return JSON.createArrayNode();
	}
}

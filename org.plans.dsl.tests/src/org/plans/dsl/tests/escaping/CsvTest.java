package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.escaping.Csv;

/** {@link Csv}: no cell a spreadsheet opens runs as a formula; the text is otherwise kept. */
public class CsvTest {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "=HYPERLINK(\"http://evil.example/\",\"click\")", "+cmd|' /C calc'!A0", "-1+1",
			"@SUM(A1)", "\tTabbed =cmd", "\rCR start", "=" })
	void aFormulaStartGetsAQuote(String hostile) throws IOException {
		String cell = Csv.cell(hostile);
		assertFalse(NoFormulas.startsFormula(cell), cell);
		assertEquals("'" + hostile.replace('\r', '\n'), cell);
		assertEquals(cell, roundTrip(cell), "the CSV printer keeps the cell as it is");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~', value = { "2024-03-31|2024-03-31", "a-b|a-b", "a=b|a=b",
			"~\"quoted\", with, commas~|~\"quoted\", with, commas~", "'already|'already", "x;y|x;y" })
	void otherTextIsKept(String text, String expected) throws IOException {
		assertEquals(expected, Csv.cell(text));
		assertEquals(expected, roundTrip(Csv.cell(text)));
	}

	@Test
	void controlCharactersAndNull() {
		assertEquals("a\nb\uFFFD\tc", Csv.cell("a\r\nb\u0000\tc"));
		assertEquals("", Csv.cell(null));
		assertEquals("", Csv.cell(""));
	}

	@Test
	void theFormulaCheckFailsOnAFormula() {
		org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
				() -> NoFormulas.assertNoFormulaCells(List.of(List.of("ok", "@SUM(A1)")), "test"));
		NoFormulas.assertNoFormulaCells(List.of(List.of("ok", "'@SUM(A1)", "")), "test");
	}

	private static String roundTrip(String cell) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(cell, "next");
		}
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
		assertEquals(1, records.size());
		assertEquals("next", records.get(0).get(1));
		return records.get(0).get(0);
	}
}

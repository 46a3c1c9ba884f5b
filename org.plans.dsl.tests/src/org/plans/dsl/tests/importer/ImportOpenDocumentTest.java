package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.source.Block;
import org.plans.dsl.importer.source.SourceReader;






/** OpenDocument text and spreadsheets, made here as LibreOffice writes them, import like the same plan in Markdown or CSV. */
public class ImportOpenDocumentTest extends ImportCase {

	private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
			+ "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
			+ "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

	@Test
	void aTextDocumentImportsLikeTheSamePlanInMarkdown() throws IOException {
		StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">Council plan</text:h>"
				+ "<text:p>Priority<text:s/>2: <text:span>Workforce</text:span></text:p><table:table table:name=\"Table1\">"
				+ "<table:table-column table:number-columns-repeated=\"5\"/><table:table-header-rows>");
		body.append(row(ImportByContentTest.HEADER)).append("</table:table-header-rows>");
		ImportByContentTest.ROWS.forEach(r -> body.append(row(r)));
		body.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell "
				+ "table:number-columns-repeated=\"16000\"/></table:table-row></table:table>");
		Path odt = odf("council.odt", "application/vnd.oasis.opendocument.text", "<office:text>" + body + "</office:text>");
		assertEquals(plan(imports.text("council.md", ImportByContentTest.markdown()), "council.md"),
				plan(imports.file(odt), "council.odt"));
	}

	@Test
	void aSpreadsheetImportsLikeTheSameTableInCsv() throws IOException {
		StringBuilder sheet = new StringBuilder("<table:table table:name=\"Actions\">");
		sheet.append(row(ImportByContentTest.HEADER));
		ImportByContentTest.ROWS.forEach(r -> sheet.append(row(r)));
		sheet.append("</table:table>");
		Path ods = odf("council.ods", "application/vnd.oasis.opendocument.spreadsheet",
				"<office:spreadsheet>" + sheet + "</office:spreadsheet>");
		String expected = plan(imports.text("council.csv", ImportByContentTest.delimited(',')), "council.csv");
		assertTrue(expected.contains("action 2.3"), expected);
		assertEquals(expected, plan(imports.file(ods), "council.ods"));
	}

	@Test
	void mergedAndRepeatedCellsKeepTheirColumns() throws IOException {
		String table = "<table:table table:name=\"T\"><table:table-row>"
				+ "<table:table-cell table:number-columns-spanned=\"2\"><text:p>Theme A</text:p></table:table-cell>"
				+ "<table:covered-table-cell/><table:table-cell><text:p>Lead</text:p></table:table-cell></table:table-row>"
				+ "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"><text:p>same</text:p>"
				+ "</table:table-cell><table:table-cell><text:p>one</text:p><text:p>two<text:line-break/>three</text:p>"
				+ "</table:table-cell></table:table-row></table:table>";
		Path ods = odf("merged.ods", "application/vnd.oasis.opendocument.spreadsheet",
				"<office:spreadsheet>" + table + "</office:spreadsheet>");
		Block.Table read = (Block.Table) SourceReader.forFile(ods).read(ods).get(0);
		assertEquals(List.of(List.of("Theme A", "", "Lead"), List.of("same", "same", "one\ntwo\nthree")),
				read.rows().stream().map(Block.Row::cells).toList());
	}

	@Test
	void aDocumentTypeDeclarationIsRefused() throws IOException {
		Path file = dir.resolve("entity.odt");
		write(file, "application/vnd.oasis.opendocument.text", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
				+ "\"file:///etc/passwd\">]><office:document-content " + NAMESPACES + "><office:body><office:text>"
				+ "<text:p>&e;</text:p></office:text></office:body></office:document-content>");
		IOException error = assertThrows(IOException.class, () -> SourceReader.forFile(file).read(file));
		assertTrue(error.getMessage().contains("content.xml"), error.getMessage());
	}

	private String plan(Importer.Result result, String name) {
		assertEquals(List.of(), imports.errors(result), result.text());
		return result.text().replace(name, "SOURCE");
	}

	private static String row(List<String> cells) {
		StringBuilder out = new StringBuilder("<table:table-row>");
		for (String cell : cells) {
			String xml = cell.replace("&", "&amp;");
			out.append(cell.isEmpty() ? "<table:table-cell/>"
					: "<table:table-cell office:value-type=\"string\"><text:p>" + xml + "</text:p></table:table-cell>");
		}
		return out.append("<table:table-cell table:number-columns-repeated=\"3\"/></table:table-row>").toString();
	}

	private Path odf(String name, String mimetype, String body) throws IOException {
		Path file = dir.resolve(name);
		write(file, mimetype, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
				+ " office:version=\"1.3\"><office:body>" + body + "</office:body></office:document-content>");
		return file;
	}

	private static void write(Path file, String mimetype, String content) throws IOException {
		try (OutputStream stream = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(stream)) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
		}
	}
}

package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.source.Block;
import org.plans.dsl.importer.source.SourceFormat;
import org.plans.dsl.importer.source.SourceReader;






/**
 * A file is read by what it holds, not by its name: the same plan as pipe tables, CSV, TSV,
 * Word or Word's HTML imports to the same plan under any name, and a file that is no document
 * is a clear message.
 */
public class ImportByContentTest extends ImportCase {

	static final List<String> HEADER = List.of("Ref", "Action", "Lead", "Deadline", "Progress");
	static final List<List<String>> ROWS = List.of(
			List.of("2.1", "Recruit six advanced practitioners for the assessment teams", "Amira Okafor", "March 2024",
					"Four appointed; two posts out to advert"),
			List.of("2.2", "Agree the training offer & induction with partners", "Tom Reyes", "Q2 2024", "Draft agreed"),
			List.of("2.3", "Review caseloads monthly", "Tom Reyes", "Ongoing", ""));

	static String markdown() {
		StringBuilder out = new StringBuilder("# Council plan\n\n## Priority 2: Workforce\n\n");
		out.append(pipes(HEADER)).append("|---|---|---|---|---|\n");
		ROWS.forEach(row -> out.append(pipes(row)));
		return out.toString();
	}

	private static String pipes(List<String> cells) {
		return "| " + String.join(" | ", cells) + " |\n";
	}

	static String delimited(char delimiter) {
		StringBuilder out = new StringBuilder(String.join(String.valueOf(delimiter), HEADER)).append('\n');
		ROWS.forEach(row -> out.append(String.join(String.valueOf(delimiter), row)).append('\n'));
		return out.toString();
	}

	/** The plan imported from {@code content} under {@code name}, without the line naming the source and with the plan id made PLAN. */
	private String plan(String name, String content) {
		return withoutName(imports.text(name, content));
	}

	private String plan(Path file) {
		return withoutName(imports.file(file));
	}

	private String withoutName(Importer.Result result) {
		assertEquals(List.of(), imports.errors(result), result.text());
		String text = result.text();
		return text.substring(text.indexOf('\n') + 1).replaceFirst("plan \\S+", "plan PLAN");
	}

	@ParameterizedTest
	@ValueSource(strings = { "council.txt", "council.csv", "council", "council.dat", "council.tsv" })
	void pipeTablesAreReadUnderAnyName(String name) {
		String expected = plan("council.md", markdown());
		assertTrue(expected.contains("action 2.3"), expected);
		assertEquals(expected, plan(name, markdown()));
	}

	@Test
	void commaAndTabSeparatedTextAreToldApartByContent() {
		String csv = plan("council.csv", delimited(','));
		assertTrue(csv.contains("action 2.2"), csv);
		assertEquals(csv, plan("council.txt", delimited(',')));
		String tsv = plan("council.tsv", delimited('\t'));
		assertEquals(tsv, plan("council.csv", delimited('\t')));
		assertEquals(tsv, plan("council.txt", delimited('\t')));
	}

	@Test
	void aWordDocumentIsReadUnderAnyName() throws IOException {
		Path docx = dir.resolve("council.docx");
		Path renamed = dir.resolve("council.bin");
		docx(docx);
		Files.copy(docx, renamed);
		assertEquals(SourceFormat.DOCX, SourceFormat.of(renamed));
		String expected = plan(docx);
		assertTrue(expected.contains("action 2.1"), expected);
		assertEquals(expected, plan(renamed));
		assertEquals(expected, plan("council.md", markdown()));
	}

	/** Word's "Save as web page": classes, nested paragraphs, &nbsp;, entities, source lines wrapped mid-cell. */
	static String wordHtml() {
		StringBuilder out = new StringBuilder("""
				<html xmlns:o="urn:schemas-microsoft-com:office:office">
				<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>Plan</title>
				<style>p.MsoNormal {margin:0cm}</style></head>
				<body lang=EN-GB><div class=WordSection1>
				<h1>Council&nbsp;plan</h1>
				<p class=MsoNormal><b><span style='font-size:12pt'>Priority 2:
				Workforce</span></b><o:p></o:p></p>
				<p class=MsoNormal>&nbsp;</p>
				<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
				""");
		out.append("<tr>");
		HEADER.forEach(h -> out.append("<td><p class=MsoNormal><b>").append(h).append("</b></p></td>"));
		out.append("</tr>\n");
		for (List<String> row : ROWS) {
			out.append("<tr>");
			for (String cell : row) {
				String html = cell.replace("&", "&amp;").replace(" the ", "\nthe ");
				out.append("<td valign=top><p class=MsoNormal><span>").append(html.isEmpty() ? "&nbsp;" : html)
						.append("<o:p></o:p></span></p></td>");
			}
			out.append("</tr>\n");
		}
		return out.append("</table>\n</div></body></html>\n").toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "council.htm", "council.html", "council.doc", "council.txt" })
	void htmlSavedFromWordImportsLikeTheSamePlanInMarkdown(String name) {
		assertEquals(plan("council.md", markdown()), plan(name, wordHtml()));
	}

	@Test
	void htmlMergedCellsKeepEveryRowAsWideAsTheTable() throws IOException {
		Path file = dir.resolve("merged.html");
		Files.writeString(file, """
				<table><caption>Table 3: Early help actions</caption>
				<tr><th>Theme</th><th>Action</th><th>Lead</th></tr>
				<tr><td rowspan=2>Theme A:<br>Early help</td><td><p>Open two family hubs</p><p>- one in the north</p></td>
				<td rowspan="2">Ines Duarte &amp; Partners</td></tr>
				<tr><td>Train hub staff</td></tr>
				<tr><td colspan=3>Theme B: Safeguarding</td></tr>
				<tr><td>&nbsp;</td><td>Audit&nbsp;referrals &lt;20 days</td><td>Q. Li</td></tr>
				</table>
				<p>Notes after the table</p>
				""");
		List<Block> blocks = SourceReader.forFile(file).read(file);
		assertEquals("Table 3: Early help actions", ((Block.Paragraph) blocks.get(0)).text());
		Block.Table table = (Block.Table) blocks.get(1);
		assertEquals(List.of(List.of("Theme", "Action", "Lead"),
				List.of("Theme A:\nEarly help", "Open two family hubs\n- one in the north", "Ines Duarte & Partners"),
				List.of("", "Train hub staff", ""), List.of("Theme B: Safeguarding", "", ""),
				List.of("", "Audit referrals <20 days", "Q. Li")), table.rows().stream().map(Block.Row::cells).toList());
		assertEquals("Notes after the table", ((Block.Paragraph) blocks.get(2)).text());
		assertEquals(3, blocks.size());
	}

	@Test
	void aFileThatIsNoDocumentIsAClearMessage() throws IOException {
		assertEquals("the file is empty", message("empty.txt", new byte[0]));
		assertTrue(message("image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }).contains("binary"));
		assertTrue(message("old.doc", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }).contains(".docx"));
		assertTrue(message("latin1.csv", "Ref,Action\n1,Caf\u00e9 opening\n".getBytes(StandardCharsets.ISO_8859_1))
				.contains("not UTF-8"));
		Path zip = dir.resolve("archive.docx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		IOException error = assertThrows(IOException.class, () -> SourceReader.forFile(zip));
		assertTrue(error.getMessage().contains("not a Word, Excel or OpenDocument"), error.getMessage());
	}

	private String message(String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content);
		IOException error = assertThrows(IOException.class, () -> SourceReader.forFile(file).read(file));
		assertFalse(error.getMessage().isBlank());
		return error.getMessage();
	}

	private static void docx(Path file) {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			document.createParagraph().createRun().setText("Council plan");
			document.createParagraph().createRun().setText("Priority 2: Workforce");
			XWPFTable table = document.createTable(ROWS.size() + 1, HEADER.size());
			for (int c = 0; c < HEADER.size(); c++) {
				table.getRow(0).getCell(c).setText(HEADER.get(c));
			}
			for (int r = 0; r < ROWS.size(); r++) {
				for (int c = 0; c < HEADER.size(); c++) {
					table.getRow(r + 1).getCell(c).setText(ROWS.get(r).get(c));
				}
			}
			document.write(out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

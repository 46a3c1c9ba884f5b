package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.source.Block;
import org.plans.dsl.importer.source.SourceReader;






/**
 * PDFs made here as a council publishes its plan: a title and heading above a ruled table whose
 * cells wrap, a page break with the header repeated, page footers. They import like the same plan
 * in Markdown.
 */
public class ImportPdfTest extends ImportCase {

	private static final float[] COLUMNS = { 40, 80, 250, 360, 450, 560 };
	private static final float SIZE = 9;
	private static final float LEADING = 11;

	/** The Markdown test plan's rows as a PDF lays them out: "\n" where a cell's line wraps. */
	private static final List<List<String>> WRAPPED = List.of(
			List.of("2.1", "Recruit six advanced\npractitioners for the\nassessment teams", "Amira Okafor", "March 2024",
					"Four appointed; two\nposts out to advert"),
			List.of("2.2", "Agree the training offer &\ninduction with partners", "Tom Reyes", "Q2 2024", "Draft agreed"),
			List.of("2.3", "Review caseloads monthly", "Tom Reyes", "Ongoing", ""));

	@Test
	void aTablePlanImportsLikeTheSamePlanInMarkdown() throws IOException {
		Path pdf = dir.resolve("council.pdf");
		try (PDDocument document = new PDDocument()) {
			Page page = new Page(document, 1);
			page.text(40, 70, "Council plan", 14);
			page.text(40, 100, "Priority 2: Workforce", 11);
			float y = page.row(125, ImportByContentTest.HEADER);
			y = page.row(y, WRAPPED.get(0));
			page.row(y, WRAPPED.get(1));
			page.close();
			page = new Page(document, 2);
			y = page.row(60, ImportByContentTest.HEADER);
			page.row(y, WRAPPED.get(2));
			page.close();
			document.save(pdf.toFile());
		}
		Importer.Result result = imports.file(pdf);
		assertEquals(List.of(), imports.errors(result), result.text());
		Importer.Result markdown = imports.text("council.md", ImportByContentTest.markdown());
		assertEquals(markdown.text().replace("council.md", "SOURCE"), result.text().replace("council.pdf", "SOURCE"));
		for (List<String> row : ImportByContentTest.ROWS) {
			for (String cell : row) {
				String[] words = cell.split(" ");
				for (int w = 1; w < words.length; w++) {
					assertFalse(result.text().contains(words[w - 1] + words[w]), words[w - 1] + words[w]);
				}
			}
		}
	}

	@Test
	void aWordIsJoinedOnlyWhereTheLineCutIt() throws IOException {
		Path pdf = dir.resolve("words.pdf");
		try (PDDocument document = new PDDocument()) {
			Page page = new Page(document, 1);
			float y = page.row(125, List.of("Ref", "Action", "Lead", "Deadline", "Progress"));
			page.row(y, List.of("1", "Agree a long-\nterm offer; this will\nbe reviewed", "Ana Lima", "2025",
					"Thishas\nno gap:\n- first\n- second"));
			page.close();
			document.save(pdf.toFile());
		}
		List<Block> blocks = SourceReader.forFile(pdf).read(pdf);
		Block.Table table = (Block.Table) blocks.get(0);
		assertEquals(List.of("1", "Agree a long-term offer; this will be reviewed", "Ana Lima", "2025",
				"Thishas no gap:\n- first\n- second"), table.rows().get(1).cells());
		assertEquals("words.pdf page 1", table.origin());
	}

	@Test
	void aPdfWithoutTextIsAClearMessage() throws IOException {
		Path pdf = dir.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(pdf.toFile());
		}
		IOException error = assertThrows(IOException.class, () -> SourceReader.forFile(pdf).read(pdf));
		assertTrue(error.getMessage().contains("without text"), error.getMessage());
	}

	/** One A4 page being drawn: text placed from the top, rows of boxed cells, a footer "Council plan 2024 - page n of 2". */
	private static final class Page {
		private final PdfSheet sheet;

		Page(PDDocument document, int number) throws IOException {
			sheet = new PdfSheet(document, PDRectangle.A4, Standard14Fonts.FontName.HELVETICA, SIZE);
			text(250, PDRectangle.A4.getHeight() - 30, "Council plan 2024 - page " + number + " of 2", 8);
		}

		void text(float x, float top, String text, float size) throws IOException {
			sheet.text(x, top, text, size);
		}

		/** Draws a row whose top is {@code top}; returns the top of the next row. */
		float row(float top, List<String> cells) throws IOException {
			int lines = 1;
			for (int c = 0; c < cells.size(); c++) {
				String[] parts = cells.get(c).split("\n");
				lines = Math.max(lines, parts.length);
				for (int l = 0; l < parts.length; l++) {
					text(COLUMNS[c] + 3, top + 4 + SIZE + l * LEADING, parts[l], SIZE);
				}
			}
			float bottom = top + lines * LEADING + 8;
			sheet.box(COLUMNS[0], top, COLUMNS[COLUMNS.length - 1] - COLUMNS[0], bottom - top);
			return bottom;
		}

		void close() throws IOException {
			sheet.close();
		}
	}
}

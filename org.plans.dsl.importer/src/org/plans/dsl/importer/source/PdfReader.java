package org.plans.dsl.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF with text (not a scan): its text is laid out in lines ({@link PdfLines}); runs of lines
 * whose cells start at shared x positions are tables ({@link PdfTables}), the other lines
 * paragraphs. Running page headers and footers (page numbers, a title repeated on every page)
 * are left out. A table that goes on over a page break is one table; a header row repeated at
 * the top of a page is kept, for the plan builder to drop as an exact repeat.
 */
public class PdfReader implements SourceReader {

	@Override
	public List<Block> read(Path file) throws IOException {
		String name = file.getFileName().toString();
		List<List<PdfLines.Line>> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				pages.add(PdfLines.of(document, page));
			}
		} catch (InvalidPasswordException e) {
			throw new IOException("a PDF protected by a password: open it, save it without protection and import that");
		}
		if (pages.stream().allMatch(List::isEmpty)) {
			throw new IOException("a PDF without text (a scan?): the importer reads a PDF's text, not its images; "
					+ "import the document it was made from, or a copy run through text recognition");
		}
		PdfLines.dropRunningLines(pages);
		List<Block> blocks = new ArrayList<>();
		for (int page = 0; page < pages.size(); page++) {
			List<Block> onPage = PdfTables.blocks(pages.get(page), name + " page " + (page + 1));
			for (int i = 0; i < onPage.size(); i++) {
				Block block = onPage.get(i);
				if (i == 0 && block instanceof Block.Table table && !blocks.isEmpty()
						&& blocks.get(blocks.size() - 1) instanceof Block.Table before
						&& before.rows().get(0).cells().size() == table.rows().get(0).cells().size()) {
					List<Block.Row> rows = new ArrayList<>(before.rows());
					rows.addAll(table.rows());
					blocks.set(blocks.size() - 1, new Block.Table(rows, before.origin()));
				} else {
					blocks.add(block);
				}
			}
		}
		return blocks;
	}
}

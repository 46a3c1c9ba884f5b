package org.plans.dsl.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads one kind of file into paragraphs and tables. */
public interface SourceReader {

	List<Block> read(Path file) throws IOException;

	/** The reader for a file, by its extension: .docx, .xlsx, .csv, .tsv, .md, anything else as tab-separated text. */
	static SourceReader forFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".docx")) {
			return new DocxReader();
		}
		if (name.endsWith(".xlsx")) {
			return new XlsxReader();
		}
		if (name.endsWith(".csv")) {
			return new DelimitedReader(',');
		}
		if (name.endsWith(".tsv")) {
			return new DelimitedReader('\t');
		}
		if (name.endsWith(".md") || name.endsWith(".markdown")) {
			return new MarkdownReader();
		}
		return new TabbedTextReader();
	}
}

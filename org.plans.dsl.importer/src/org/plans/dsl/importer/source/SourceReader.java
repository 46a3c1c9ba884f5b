package org.plans.dsl.importer.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads one kind of file into paragraphs and tables. */
public interface SourceReader {

	List<Block> read(Path file) throws IOException;

	/** The reader for a file, by what its content is ({@link SourceFormat}); its name only breaks ties. */
	static SourceReader forFile(Path file) throws IOException {
		return SourceFormat.of(file).reader();
	}
}

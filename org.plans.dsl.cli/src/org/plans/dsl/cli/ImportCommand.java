package org.plans.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.files.AtomicFiles;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.ReviewPage;
import org.plans.dsl.importer.detect.Mapping;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plans import}: a plan kept as Word, Excel, CSV, Markdown or text tables, as plan text (docs/import.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Turn a plan kept as a Word, Excel, CSV, Markdown or text table into a .plan file.",
				"Nothing is dropped: text the importer cannot place becomes a note. See docs/import.md." })
public class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SOURCE", description = "The .docx, .xlsx, .csv, .tsv, .md or text file.")
	private Path source;

	@Option(names = "--mapping", paramLabel = "FILE", description = "A mapping file (Java properties) for columns the importer gets wrong.")
	private Path mapping;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the plan here instead of to standard output; an existing file only with --force.")
	private Path out;

	@Option(names = "--report", paramLabel = "FILE.html", description = "Also write a review page: every source row beside what it became, warnings first.")
	private Path report;

	@Option(names = "--force", description = "Replace an existing --out file (never the source itself).")
	private boolean force;

	@Override
	public Integer call() {
		if (out != null) {
			checkOut();
		}
		Importer.Result result;
		try {
			Mapping map = mapping == null ? Mapping.none() : Mapping.load(readable(mapping));
			result = Importer.of(Language.injector()).importFile(readable(source), map);
		} catch (IOException | RuntimeException e) {
			throw e instanceof InputException input ? input : ImportProblems.reading(source, e);
		}
		if (out == null) {
			spec.commandLine().getOut().print(result.text());
			spec.commandLine().getOut().flush();
		} else {
			try {
				AtomicFiles.write(out, result.text().getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw ImportProblems.writing(out, e);
			}
		}
		if (report != null) {
			String page = ReviewPage.of(source.getFileName().toString(), result.summary(), result.rows());
			try {
				AtomicFiles.write(report, page.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new InputException(Paths.display(report) + ": cannot write the review page (" + e.getMessage() + ")");
			}
		}
		List<String> warnings = result.summary().warnings();
		for (String warning : warnings) {
			spec.commandLine().getErr().println(Terminal.text(Paths.display(source) + ": warning: " + warning));
		}
		spec.commandLine().getErr().println(Terminal.text(result.summary().toString()));
		return warnings.isEmpty() ? 0 : 1;
	}

	/** Refuses to replace the source (also through another path or a link) or, without --force, any file. */
	private void checkOut() {
		if (!Files.exists(out)) {
			return;
		}
		try {
			if (Files.exists(source) && Files.isSameFile(out, source)) {
				throw new InputException(Paths.display(out) + ": this is the file being imported; write the plan to another file");
			}
		} catch (IOException e) {
			throw new InputException(Paths.display(out) + ": cannot check it (" + e.getMessage() + ")");
		}
		if (!force) {
			throw new InputException(Paths.display(out) + ": the file exists; use --force to replace it");
		}
	}

	private static Path readable(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new InputException(Paths.display(file) + ": no such file");
		}
		if (!Files.isReadable(file)) {
			throw new InputException(Paths.display(file) + ": cannot read this file (permission denied)");
		}
		return file;
	}
}

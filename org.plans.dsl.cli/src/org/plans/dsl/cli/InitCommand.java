package org.plans.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.plans.dsl.files.AtomicFiles;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.importer.detect.Quote;
import org.plans.dsl.importer.write.Ids;
import org.plans.dsl.loading.PlanLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plans init FILE}: a new plan from {@link PlanTemplate}, never over an existing file. */
@Command(name = "init", description = "Write a new plan from a template (a header, a lead, one priority, objective and action).")
public class InitCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The plan file to write, ending in .plan.")
	private Path file;

	@Option(names = "--id", paramLabel = "ID", description = "The plan's id (default: from the file name).")
	private String id;

	@Option(names = "--title", paramLabel = "TITLE", defaultValue = "Improvement Plan", description = "The plan's title (default: ${DEFAULT-VALUE}).")
	private String title;

	@Option(names = "--organisation", paramLabel = "NAME", defaultValue = "Our Council", description = "Who the plan belongs to (default: ${DEFAULT-VALUE}).")
	private String organisation;

	@Option(names = "--start", paramLabel = "YYYY-MM", description = "The month the plan starts (default: this month).")
	private YearMonth start;

	@Override
	public Integer call() throws IOException {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		if (!name.endsWith(PlanLoader.EXTENSION)) {
			throw new InputException(Paths.display(file) + ": plan files end in " + PlanLoader.EXTENSION);
		}
		if (Files.exists(file)) {
			throw new InputException(Paths.display(file) + ": the file exists; plans init never replaces a file");
		}
		IGrammarAccess grammar = Language.get(IGrammarAccess.class);
		Ids ids = new Ids(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		String planId = id != null ? id : ids.forName(name.substring(0, name.length() - PlanLoader.EXTENSION.length()), false);
		if (!planId.matches("[A-Za-z][A-Za-z0-9_-]*") || ids.isKeyword(planId)) {
			throw new InputException("--id " + planId + ": an id starts with a letter, holds letters, digits, '-' or '_', and is not a keyword");
		}
		Quote quote = Language.get(Quote.class);
		String text = PlanTemplate.text(planId, title, organisation, start == null ? YearMonth.now() : start, quote::text);
		String formatted = Language.get(PlanFormatting.class).format(text, name).text();
		Path folder = file.toAbsolutePath().getParent();
		if (folder != null) {
			Files.createDirectories(folder);
		}
		AtomicFiles.write(file, formatted.getBytes(StandardCharsets.UTF_8));
		spec.commandLine().getOut().println("Wrote " + Paths.display(file) + " (plan " + planId
				+ "). Check it with: plans validate " + Paths.display(file));
		return 0;
	}
}

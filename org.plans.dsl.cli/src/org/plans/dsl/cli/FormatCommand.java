package org.plans.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.plans.dsl.cli.format.FileRewriter;
import org.plans.dsl.cli.format.UnifiedDiff;
import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.loading.PlanText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plans format}: lays out plan files the one standard way, in place. Only whitespace
 * changes; a file with syntax errors is left untouched.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Format plan files in place: 4-space indentation, one member per line, single spaces.",
				"Comments and text are kept; line endings (LF or CRLF), permissions, owner and group too.",
				"Read-only and hard-linked files, and files edited while being formatted, are left as they are.",
				"A file with syntax errors is not changed." })
public class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--check", description = "Change nothing; show a diff of each file that is not formatted and exit with 1.")
	private boolean check;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Plan files, or directories searched for *.plan files.")
	private List<Path> inputs;

	@Override
	public Integer call() throws IOException {
		List<Path> files = PlanInputs.check(inputs);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PlanFormatting formatting = Language.get(PlanFormatting.class);
		Progress progress = new Progress(err, files.size());
		List<String> changed = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		int done = 0;
		for (Path file : files) {
			progress.show("plans: formatting " + (++done) + "/" + files.size() + "...");
			String name = Paths.display(file);
			FileRewriter.Snapshot read = FileRewriter.read(file);
			PlanText decoded = PlanText.of(read.content());
			if (decoded.problem().isPresent()) {
				PlanText.Problem problem = decoded.problem().get();
				failed.add(name + ":" + problem.line() + ":" + problem.column() + ": not formatted: " + problem.message());
				continue;
			}
			String bom = PlanText.startsWithByteOrderMark(read.content()) ? PlanText.BOM : "";
			String text = decoded.text();
			PlanFormatting.Result result = formatting.format(text, file.getFileName().toString());
			if (!result.syntaxErrors().isEmpty()) {
				result.syntaxErrors().forEach(e -> broken.add(name + ":" + e.line() + ":" + e.column() + ": " + e.message()));
				continue;
			}
			if (result.text().equals(text)) {
				continue;
			}
			if (check) {
				changed.add(name);
				progress.clear();
				out.print(UnifiedDiff.of(name, text, result.text()));
				continue;
			}
			try {
				Optional<String> refusal = FileRewriter.refusal(file);
				if (refusal.isPresent()) {
					failed.add(name + ": not formatted: " + refusal.get());
					continue;
				}
				FileRewriter.replace(read, (bom + result.text()).getBytes(StandardCharsets.UTF_8));
				changed.add(name);
			} catch (FileRewriter.ChangedMeanwhile e) {
				failed.add(name + ": not formatted: " + e.getMessage() + "; left as it is, run 'plans format' again");
			} catch (IOException e) {
				failed.add(name + ": not formatted: cannot write the formatted file (" + e + ")");
			}
		}
		progress.clear();
		out.flush();
		if (!broken.isEmpty()) {
			broken.forEach(line -> err.println("plans: " + Terminal.line(line)));
			err.println("plans: files with syntax errors are not " + (check ? "checked" : "formatted") + "; fix them first");
		}
		if (check) {
			changed.forEach(name -> err.println("plans: " + Terminal.line(name) + " is not formatted"));
		} else {
			changed.forEach(name -> err.println("plans: formatted " + Terminal.line(name)));
		}
		failed.forEach(line -> err.println("plans: " + Terminal.line(line)));
		err.flush();
		if (!broken.isEmpty() || !failed.isEmpty()) {
			return PlansCommand.TROUBLE;
		}
		return check && !changed.isEmpty() ? PlansCommand.FINDINGS : 0;
	}
}

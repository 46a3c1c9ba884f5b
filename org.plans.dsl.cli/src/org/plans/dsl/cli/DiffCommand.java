package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plans.dsl.cli.report.Finding;
import org.plans.dsl.cli.report.Level;
import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.generator.diff.DiffFormat;
import org.plans.dsl.generator.diff.PlanComparison;
import org.plans.dsl.loading.PlanLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plans diff OLD NEW}: what changed between two versions of plans, for a board paper or a tool. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Show what changed between two versions of plans (two files or two directories):",
				"actions added, removed and renumbered, deadlines moved, leads, RAG and status changed,",
				"new progress, measure positions added, targets changed, recommendations covered or uncovered.",
				"Exit code 0 when nothing changed, 1 when something did, 2 on an error." })
public class DiffCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "F", description = "text (default), markdown, html or json.")
	private String format = "text";

	@Parameters(index = "0", paramLabel = "OLD", description = "The old version: a plan file or a directory of plans.")
	private Path old;

	@Parameters(index = "1", paramLabel = "NEW", description = "The new version: a plan file or a directory of plans.")
	private Path now;

	@Override
	public Integer call() {
		DiffFormat chosen;
		try {
			chosen = DiffFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--format " + format + ": use text, markdown, html or json");
		}
		PrintWriter err = spec.commandLine().getErr();
		List<PlanFacts> before = plans(old, err);
		List<PlanFacts> after = plans(now, err);
		List<PlanComparison> comparisons = PlanComparison.of(before, after);
		PrintWriter out = spec.commandLine().getOut();
		out.print(chosen.write(comparisons));
		out.flush();
		return comparisons.stream().allMatch(PlanComparison::isUnchanged) ? 0 : PlansCommand.FINDINGS;
	}

	/** The plans of one version; a version with syntax or reference errors cannot be compared. */
	private static List<PlanFacts> plans(Path input, PrintWriter err) {
		List<Path> files = PlanInputs.check(List.of(input));
		PlanLoader.Loaded loaded = ValidateCommand.load(files, null, Map.of(), err);
		List<Finding> errors = ValidateCommand.findings(loaded).stream().filter(f -> f.level() == Level.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(f -> err.printf("%s:%d:%d: error %s %s%n", Terminal.line(f.path()), f.line(), f.column(), f.code(),
					Terminal.line(f.message())));
			throw new InputException(Paths.display(input) + ": cannot compare: the plans have " + errors.size()
					+ " error(s); fix them first (see 'plans validate')");
		}
		return Language.get(PlanFactsCache.class).all(loaded.resourceSet());
	}
}

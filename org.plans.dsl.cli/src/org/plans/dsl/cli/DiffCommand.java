package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.plans.dsl.cli.report.Colours;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.diff.DiffFormat;
import org.plans.dsl.generator.diff.PlanComparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plans diff OLD NEW} and {@code plans diff --since REV [PATHS]}: what changed between two versions of plans, for a board paper or a tool. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Show what changed between two versions of plans (two files or two directories):",
				"actions added, removed and renumbered, deadlines moved, leads, RAG and status changed,",
				"new progress, measure positions added, targets changed, recommendations covered or uncovered;",
				"a deadline that slipped in more than one step of the history (the commits since --since REV and",
				"the ones before it, or --earlier versions) is flagged as slipped again.",
				"Exit code 0 when nothing changed, 1 when something did, 2 on an error." })
public class DiffCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "F", description = "text (default), markdown, html or json.")
	private String format = "text";

	@Option(names = "--since", paramLabel = "REV", description = "Compare the PATHS with their version at this git revision (a commit, tag or branch; HEAD~3).")
	private String since;

	@Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
			description = "Colour the text output: auto (a terminal, unless NO_COLOR or TERM=dumb), always or never.")
	private Colours.Mode colour;

	@Option(names = "--earlier", paramLabel = "V",
			description = "A version older than OLD (file or directory; repeat, oldest first): a deadline that slipped in more than one step is flagged as slipped again.")
	private List<Path> earlier = List.of();

	@Parameters(arity = "0..*", paramLabel = "OLD NEW | PATHS",
			description = "Two versions (plan files or directories); with --since, the paths to compare (default: .).")
	private List<Path> inputs = List.of();

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
		List<PlanComparison> comparisons = since == null ? compareTwo(err) : compareSince(err);
		PrintWriter out = spec.commandLine().getOut();
		boolean coloured = Colours.of(colour, Invocation.current().terminal(), Invocation.current().environment()).on();
		out.print(chosen == DiffFormat.TEXT ? DiffFormat.text(comparisons, coloured) : chosen.write(comparisons));
		out.flush();
		return comparisons.stream().allMatch(PlanComparison::isUnchanged) ? 0 : PlansCommand.FINDINGS;
	}

	private List<PlanComparison> compareTwo(PrintWriter err) {
		if (inputs.size() != 2) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"Give two versions to compare (OLD NEW), or --since REV with the paths to compare");
		}
		List<List<PlanFacts>> history = new ArrayList<>();
		earlier.forEach(version -> history.add(EarlierPlans.load(List.of(version), err)));
		List<PlanFacts> old = EarlierPlans.load(List.of(inputs.get(0)), err);
		history.add(old);
		return PlanComparison.of(old, EarlierPlans.load(List.of(inputs.get(1)), err), history);
	}

	private List<PlanComparison> compareSince(PrintWriter err) {
		List<Path> paths = inputs.isEmpty() ? List.of(Invocation.current().folder()) : inputs;
		if (!earlier.isEmpty()) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"--earlier is for OLD NEW; with --since the earlier versions are the commits that changed the plans");
		}
		List<PlanFacts> now = EarlierPlans.load(paths, err);
		return PlanComparison.of(EarlierPlans.atRevision(since, paths, err), now, EarlierPlans.history(since, paths));
	}
}

package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.plans.dsl.cli.report.Finding;
import org.plans.dsl.cli.report.Level;
import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.sync.RedmineSync;
import org.plans.dsl.sync.RedmineSyncOptions;
import org.plans.dsl.sync.SyncException;
import org.plans.dsl.sync.SyncReport;
import org.plans.dsl.tracker.model.TrackerMapping.Milestones;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plans sync redmine}: creates and updates a Redmine project's versions and issues to
 * match each plan given ({@link RedmineSync}); the API key comes from {@code REDMINE_API_KEY}.
 */
@Command(name = "redmine", mixinStandardHelpOptions = true,
		description = { "Create and update a Redmine project's versions and issues to match each plan; never deletes.",
				"The API key is read from the environment variable " + RedmineSyncOptions.API_KEY_VARIABLE + "." })
public class RedmineSyncCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--url", required = true, paramLabel = "URL", description = "The Redmine address, e.g. https://redmine.example.org")
	private String url;

	@Option(names = "--project", required = true, paramLabel = "ID", description = "The Redmine project's identifier.")
	private String project;

	@Option(names = "--dry-run", description = "Only read, and list what would change.")
	private boolean dryRun;

	@Option(names = "--milestones", paramLabel = "deadline|priority", description = "Versions per deadline month (default) or per priority.")
	private String milestones;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Plan files, or directories searched for *.plan files.")
	private List<Path> inputs;

	@Override
	public Integer call() {
		RedmineSyncOptions options;
		try {
			options = RedmineSyncOptions.fromEnvironment(url, project, dryRun, milestones(), System.getenv());
		} catch (SyncException e) {
			throw new InputException(e.getMessage());
		}
		List<Path> files = PlanInputs.check(inputs);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		PlanLoader.Loaded loaded = ValidateCommand.load(files, null, Map.of(), err);
		List<Finding> errors = ValidateCommand.findings(loaded).stream().filter(f -> f.level() == Level.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(f -> err.printf("%s:%d:%d: error %s %s%n", Terminal.line(f.path()), f.line(), f.column(), f.code(),
					Terminal.line(f.message())));
			err.println("plans: nothing synced: the plans have " + errors.size() + " error(s)");
			return PlansCommand.FINDINGS;
		}
		for (PlanFacts plan : Language.get(PlanFactsCache.class).all(loaded.resourceSet())) {
			SyncReport report;
			try {
				report = new RedmineSync().sync(plan, options);
			} catch (SyncException e) {
				throw new InputException(plan.id() + ": " + e.getMessage());
			}
			report.changes().forEach(change -> out.println(Terminal.text(change)));
			report.warnings().forEach(w -> err.println("plans: warning: " + Terminal.text(w)));
			out.printf("%s: %d change%s%s%n", Terminal.line(plan.id()), report.changes().size(), report.changes().size() == 1 ? "" : "s",
					report.dryRun() ? " (dry run: nothing was changed)" : "");
		}
		return 0;
	}

	private Milestones milestones() {
		try {
			return Milestones.of(milestones);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage());
		}
	}
}

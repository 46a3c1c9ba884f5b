package org.plans.dsl.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;
import org.plans.dsl.cli.report.Colours;
import org.plans.dsl.cli.report.Finding;
import org.plans.dsl.cli.report.Level;
import org.plans.dsl.cli.report.PlanSummary;
import org.plans.dsl.cli.report.ReportFormat;
import org.plans.dsl.cli.report.ReportWriter;
import org.plans.dsl.cli.report.TextReport;
import org.plans.dsl.cli.report.ValidationReport;
import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.files.AtomicFiles;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.validation.ValidationOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plans validate}: load every plan given, link and check it, report the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Check plans: all files of a plan are loaded together, names are linked and every rule is run.",
				"Prints each finding and a short summary of each plan." })
public class ValidateCommand implements Callable<Integer> {

	private static final Path STANDARD_INPUT = Path.of("-");

	private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "ignore");

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR",
			description = "Plan files, or directories searched for *.plan files; '-' reads one plan from standard input.")
	private List<Path> inputs;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text, json, sarif, junit, github or gitlab (default: ${DEFAULT-VALUE}).")
	private ReportFormat format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
	private Path output;

	@Option(names = "--as-of", paramLabel = "DATE", description = "Judge progress and overdue actions as of this date (YYYY-MM-DD) instead of each plan's own 'as of'.")
	private LocalDate asOf;

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
			description = "Exit with 1 when a finding is at this level or above: error, warning or info (default: ${DEFAULT-VALUE}).")
	private Level failOn;

	@Option(names = "--severity", paramLabel = "CODE=LEVEL",
			description = "Change a rule's severity: error, warning, info or ignore. Repeatable; wins over the project's configuration.")
	private Map<String, String> severities = Map.of();

	@Option(names = "--stdin-filename", paramLabel = "FILE",
			description = "The file name to report for the plan read from standard input ('-'; default: stdin.plan).")
	private Path stdinFilename;

	@Option(names = { "-q", "--quiet" }, description = "Report errors only: warnings and infos are left out.")
	private boolean quiet;

	@Option(names = "--max-warnings", paramLabel = "N",
			description = "Exit with 1 when there are more than N warnings (counted with --quiet too).")
	private Integer maxWarnings;

	@Option(names = "--fix", description = "Apply the fixes that have one right answer (a name changed to the id it means, milestones put in date order), then report what is left.")
	private boolean fix;

	@Option(names = "--config", paramLabel = "FILE",
			description = "Use this plans.properties for every plan, instead of the nearest one beside or above each plan.")
	private Path config;

	@Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
			description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never (default: ${DEFAULT-VALUE}).")
	private Colours.Mode colour;

	private long warnings;

	@Override
	public Integer call() throws IOException {
		ValidationReport report = run();
		if (output == null) {
			write(report, spec.commandLine().getOut());
		} else {
			try {
				Path folder = output.toAbsolutePath().getParent();
				if (folder != null) {
					Files.createDirectories(folder);
				}
				AtomicFiles.write(output, stream -> write(report, new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
			} catch (IOException e) {
				throw new InputException(Paths.display(output) + ": cannot write the report (" + e.getMessage() + ")");
			}
		}
		boolean tooManyWarnings = maxWarnings != null && warnings > maxWarnings;
		if (tooManyWarnings) {
			spec.commandLine().getErr().println("plans: " + warnings + " warning" + (warnings == 1 ? "" : "s")
					+ ", more than --max-warnings " + maxWarnings);
		}
		return report.fails() || tooManyWarnings ? PlansCommand.FINDINGS : 0;
	}

	private void write(ValidationReport report, Writer out) throws IOException {
		ReportWriter writer = format == ReportFormat.TEXT
				? new TextReport(Colours.of(colour, output == null && Invocation.current().terminal(), Invocation.current().environment()))
				: format.writer(Invocation.current().environment());
		writer.write(report, out);
		out.flush();
	}

	/** Loads, links and checks the inputs. */
	ValidationReport run() {
		boolean standardInput = inputs.contains(STANDARD_INPUT);
		if (standardInput && fix) {
			throw new InputException("--fix rewrites plan files: it cannot fix a plan read from standard input ('-')");
		}
		if (standardInput && inputs.size() > 1) {
			throw new InputException("'-' reads one plan from standard input: give no other files with it");
		}
		List<Path> files = standardInput ? List.of() : PlanInputs.check(inputs);
		PlanLoader.Loaded loaded = standardInput ? loadStandardInput()
				: load(files, asOf, severities, config, spec.commandLine().getErr());
		if (standardInput) {
			files = loaded.files();
		} else if (fix && PlanFixes.apply(loaded, spec.commandLine().getErr()) > 0) {
			loaded = load(files, asOf, severities, config, spec.commandLine().getErr());
		}
		List<Finding> all = findings(loaded);
		warnings = all.stream().filter(f -> f.level() == Level.WARNING).count();
		List<Finding> findings = quiet ? all.stream().filter(f -> f.level() == Level.ERROR).toList() : all;
		List<PlanSummary> plans = PlanSummary.of(Language.get(PlanFactsCache.class).all(loaded.resourceSet()), findings);
		return new ValidationReport(files.stream().map(Paths::display).toList(), findings, plans, failOn);
	}

	private PlanLoader.Loaded loadStandardInput() {
		byte[] bytes;
		try {
			bytes = Invocation.current().standardInput().readAllBytes();
		} catch (IOException e) {
			throw new InputException("standard input: cannot read it (" + e.getMessage() + ")");
		}
		applyOptions(asOf, severities, config);
		return Language.get(PlanLoader.class).load(stdinFilename == null ? Invocation.current().folder().resolve("stdin.plan") : stdinFilename, bytes);
	}

	/** Loads and validates {@code files} with the caller's options; shared with {@code generate}. */
	static PlanLoader.Loaded load(List<Path> files, LocalDate asOf, Map<String, String> severities, PrintWriter err) {
		return load(files, asOf, severities, null, err);
	}

	static PlanLoader.Loaded load(List<Path> files, LocalDate asOf, Map<String, String> severities, Path config,
			PrintWriter err) {
		PlanLoader.lexAhead(files); // while the language is set up (Language.prepare)
		applyOptions(asOf, severities, config);
		Progress progress = new Progress(err, files.size());
		progress.show("plans: loading and checking " + files.size() + " files...");
		try {
			return Language.get(PlanLoader.class).load(files);
		} finally {
			progress.clear();
		}
	}

	private static void applyOptions(LocalDate asOf, Map<String, String> severities, Path config) {
		ValidationOptions options = Language.get(ValidationOptions.class);
		if (config != null && !Files.isRegularFile(config)) {
			throw new InputException(Paths.display(config) + ": no such file (--config names a plans.properties file)");
		}
		options.setConfigFile(config == null ? null : config.toAbsolutePath().normalize());
		options.setAsOf(asOf);
		options.severityOverrides().clear();
		severities.forEach((code, level) -> {
			if (Rule.byCode(code).isEmpty()) {
				throw new InputException("--severity " + code + "=" + level + ": there is no rule " + code
						+ " (see 'plans validate --help' and docs/rules.md)");
			}
			String word = level.toLowerCase(Locale.ROOT);
			if (!SEVERITIES.contains(word)) {
				throw new InputException("--severity " + code + "=" + level + ": the level must be error, warning, info or ignore");
			}
			options.overrideSeverity(code, word);
		});
	}

	/** Prints the loaded plans' errors as file:line:col lines; returns how many there are (commands that need clean plans stop then). */
	static int printErrors(PlanLoader.Loaded loaded, PrintWriter err) {
		List<Finding> errors = findings(loaded).stream().filter(f -> f.level() == Level.ERROR).toList();
		errors.forEach(f -> err.printf("%s:%d:%d: error %s %s%n", Terminal.line(f.path()), f.line(), f.column(), f.code(),
				Terminal.line(f.message())));
		return errors.size();
	}

	static List<Finding> findings(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() != Severity.IGNORE).map(Finding::of)
				.sorted(Finding.ORDER).toList();
	}
}

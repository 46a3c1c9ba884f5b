package org.plans.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.plans.dsl.escaping.Terminal;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.OutputNameClashes;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;
import org.plans.dsl.loading.PlanLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plans generate}: runs generator targets (checklists, calendars, reports...) over checked plans. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Generate outputs from plans with the installed generator targets.",
				"Plans with errors are not generated from: fix them first (see 'plans validate')." })
public class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--list", description = "List the installed targets and exit.")
	private boolean list;

	@Option(names = "--target", split = ",", paramLabel = "T", description = "Targets to run, comma-separated, or 'all'.")
	private List<String> targets = List.of();

	@Option(names = "--out", paramLabel = "DIR", description = "Directory to write into (created if missing).")
	private Path out;

	@Option(names = "--as-of", paramLabel = "DATE", description = "Judge progress as of this date (YYYY-MM-DD) instead of each plan's own 'as of'.")
	private LocalDate asOf;

	@Option(names = "--config", paramLabel = "FILE",
			description = "Use this plans.properties for every plan, instead of the nearest one beside or above each plan.")
	private Path config;

	@Option(names = "--option", paramLabel = "KEY=VALUE", description = "An option for the targets. Repeatable.")
	private Map<String, String> options = new LinkedHashMap<>();

	@Option(names = "--since", paramLabel = "REV",
			description = "Compare with the plans as they were at this git revision: the report targets add a 'Changes since' section.")
	private String since;

	@Option(names = "--compare-with", paramLabel = "FILE|DIR",
			description = "Compare with this earlier version (plan files or a directory): the report targets add a 'Changes since' section.")
	private Path compareWith;

	@Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Plan files, or directories searched for *.plan files.")
	private List<Path> inputs = List.of();

	@Override
	public Integer call() throws IOException {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (list) {
			List<PlanTarget> all = PlanTargets.all();
			if (all.isEmpty()) {
				stdout.println("No generator targets are installed.");
			}
			all.forEach(t -> stdout.printf("%-12s %s%n", t.name(), t.description()));
			return 0;
		}
		List<PlanTarget> chosen = chosenTargets();
		checkOptionKeys(chosen);
		if (out == null) {
			throw new ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
		}
		if (inputs.isEmpty()) {
			throw new ParameterException(spec.commandLine(), "Missing plan files or directories to generate from");
		}
		List<Path> files = PlanInputs.check(inputs);
		PlanLoader.Loaded loaded = ValidateCommand.load(files, asOf, Map.of(), config, err);
		int errors = ValidateCommand.printErrors(loaded, err);
		if (errors > 0) {
			err.println("plans: nothing generated: the plans have " + errors + " error(s)");
			return PlansCommand.FINDINGS;
		}
		if (chosen.isEmpty()) {
			stdout.println("No generator targets are installed; nothing generated.");
			return 0;
		}
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			throw new InputException(Paths.display(out) + ": cannot create the output directory (" + e.getMessage() + ")");
		}
		GenerationContext context = earlier(new GenerationContext(Language.get(PlanFactsCache.class).all(loaded.resourceSet()),
				Optional.ofNullable(asOf), Map.copyOf(options), note -> stdout.println(Terminal.line(note))), err);
		OutputNameClashes.find(context.plans(), chosen.stream().map(PlanTarget::name).collect(Collectors.toSet()))
				.ifPresent(clash -> {
					throw new InputException(clash);
				});
		// one writer for every target: a file two targets would write is refused, not overwritten
		OutputFiles directory = OutputFiles.directory(out);
		Map<String, String> writers = new HashMap<>();
		for (PlanTarget target : chosen) {
			AtomicInteger written = new AtomicInteger();
			try {
				target.generate(context, (path, content) -> {
					String first = writers.putIfAbsent(path.toLowerCase(Locale.ROOT), target.name());
					if (first != null && !first.equals(target.name())) {
						throw new IOException("target " + first + " already wrote " + path
								+ "; the two targets cannot be generated into one --out directory");
					}
					directory.write(path, content);
					written.incrementAndGet();
				});
			} catch (IllegalArgumentException e) {
				throw new ParameterException(spec.commandLine(), "--option: " + e.getMessage());
			} catch (IOException e) {
				throw new InputException(target.name() + ": " + e.getMessage() + " (" + written.get() + " file"
						+ (written.get() == 1 ? "" : "s") + " written before)");
			}
			stdout.printf("%s: %d file%s in %s%n", target.name(), written.get(), written.get() == 1 ? "" : "s",
					Paths.display(out));
		}
		return 0;
	}

	/** The context with the earlier version of {@code --since} or {@code --compare-with}, when one is given. */
	private GenerationContext earlier(GenerationContext context, PrintWriter err) {
		if (since != null && compareWith != null) {
			throw new ParameterException(spec.commandLine(), "Give --since or --compare-with, not both");
		}
		if (since != null) {
			return context.since(new GenerationContext.Earlier(since, EarlierPlans.atRevision(since, inputs, err),
					EarlierPlans.history(since, inputs)));
		}
		if (compareWith != null) {
			return context.since(new GenerationContext.Earlier(Paths.display(compareWith),
					EarlierPlans.load(List.of(compareWith), err)));
		}
		return context;
	}

	/** Every {@code --option} key must be read by one of the chosen targets: a misspelt key is not silently ignored. */
	private void checkOptionKeys(List<PlanTarget> chosen) {
		Set<String> known = new TreeSet<>();
		chosen.forEach(t -> known.addAll(t.optionKeys()));
		for (String key : options.keySet()) {
			if (!known.contains(key)) {
				throw new ParameterException(spec.commandLine(), "--option: unknown key '" + key + "' for "
						+ String.join(", ", chosen.stream().map(PlanTarget::name).toList()) + ". "
						+ (known.isEmpty() ? "These targets take no options." : "Known keys: " + String.join(", ", known) + "."));
			}
		}
	}

	/** The targets named by {@code --target}; 'all' is every installed target, which may be none. */
	private List<PlanTarget> chosenTargets() {
		if (targets.isEmpty()) {
			throw new ParameterException(spec.commandLine(), "Missing required option: '--target=T[,T...]' (or --list)");
		}
		if (targets.stream().anyMatch("all"::equalsIgnoreCase)) {
			return PlanTargets.all();
		}
		List<PlanTarget> chosen = new ArrayList<>();
		for (String name : targets) {
			PlanTarget target = PlanTargets.byName(name.trim()).orElseThrow(() -> new ParameterException(spec.commandLine(),
					"Unknown target '" + name + "'. Installed: "
							+ (PlanTargets.all().isEmpty() ? "none" : String.join(", ", PlanTargets.all().stream().map(PlanTarget::name).toList()))));
			if (!chosen.contains(target)) {
				chosen.add(target);
			}
		}
		return chosen;
	}
}

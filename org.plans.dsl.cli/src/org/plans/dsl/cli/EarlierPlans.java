package org.plans.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.plans.dsl.cli.report.Level;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.loading.PlanLoader;

/**
 * The plans of a version to compare with, for {@code plans diff} and {@code generate --since}:
 * from files or folders, or the same paths at a git revision (through {@link GitVersion}). A
 * version with errors cannot be compared.
 */
final class EarlierPlans {

	/** How many versions before the revision compared with are read for repeated slippage. */
	static final int BEFORE = 10;

	private EarlierPlans() {
	}

	/** The plans of one version; a version with syntax or reference errors is refused with its findings. */
	static List<PlanFacts> load(List<Path> input, PrintWriter err) {
		List<Path> files = PlanInputs.check(input);
		PlanLoader.Loaded loaded = ValidateCommand.load(files, null, Map.of(), err);
		int errors = ValidateCommand.printErrors(loaded, err);
		if (errors > 0) {
			throw new InputException(Paths.display(input.get(0)) + ": cannot compare: the plans have " + errors
					+ " error(s); fix them first (see 'plans validate')");
		}
		return Language.get(PlanFactsCache.class).all(loaded.resourceSet());
	}

	/** The plans under {@code paths} as they were at {@code revision}; none when the paths held no plans then. */
	static List<PlanFacts> atRevision(String revision, List<Path> paths, PrintWriter err) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("plans-since-");
			GitVersion.Checkout old = GitVersion.of(revision, paths, folder);
			List<Path> existing = old.old().stream().filter(Files::exists).toList();
			return PlanLoader.planFiles(existing).isEmpty() ? List.of() : load(existing, err);
		} catch (IOException e) {
			throw new InputException("--since " + revision + ": cannot make a temporary folder (" + e.getMessage() + ")");
		} finally {
			delete(folder);
		}
	}

	/**
	 * The versions of the plans under {@code paths} at each commit that changed them: the last
	 * {@link #BEFORE} up to {@code revision} and every one since, oldest first, for finding deadlines
	 * that slipped more than once. A version with errors is left out (it is history, not compared).
	 */
	static List<List<PlanFacts>> history(String revision, List<Path> paths) {
		List<List<PlanFacts>> versions = new ArrayList<>();
		for (String commit : GitVersion.history(revision, paths, BEFORE)) {
			Path folder = null;
			try {
				folder = Files.createTempDirectory("plans-history-");
				List<Path> existing = GitVersion.of(commit, paths, folder).old().stream().filter(Files::exists).toList();
				List<Path> files = PlanLoader.planFiles(existing);
				if (files.isEmpty()) {
					continue;
				}
				PlanLoader.Loaded loaded = Language.get(PlanLoader.class).load(files);
				if (ValidateCommand.findings(loaded).stream().noneMatch(f -> f.level() == Level.ERROR)) {
					versions.add(Language.get(PlanFactsCache.class).all(loaded.resourceSet()));
				}
			} catch (IOException e) {
				throw new InputException("--since " + revision + ": cannot make a temporary folder (" + e.getMessage() + ")");
			} finally {
				delete(folder);
			}
		}
		return versions;
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}

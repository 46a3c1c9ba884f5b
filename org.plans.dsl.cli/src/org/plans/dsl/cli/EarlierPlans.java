package org.plans.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PlanFactsCache;
import org.plans.dsl.loading.PlanLoader;

/**
 * The plans of a version to compare with, for {@code plans diff} and {@code generate --since}:
 * from files or folders, or the same paths at a git revision (through {@link GitVersion}). A
 * version with errors cannot be compared.
 */
final class EarlierPlans {

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

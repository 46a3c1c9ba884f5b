package org.plans.dsl.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;

/** Where the project's files are, and short forms of what a load found. */
final class TestFiles {

	private TestFiles() {
	}

	static Path root() {
		return Path.of(System.getProperty("plans.root", "..")).toAbsolutePath().normalize();
	}

	static Path examples() {
		return root().resolve("examples");
	}

	/** "file:line: message" for every error, so a failing assertion shows what went wrong. */
	static List<String> errors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> Path.of(i.getUriToProblem().path()).getFileName() + ":" + i.getLineNumber() + ": "
						+ i.getMessage())
				.toList();
	}

	/** The plan of examples/constructs/all-constructs.plan, failing on any error in it. */
	static PlanFacts allConstructs(PlanLoader loader) {
		PlanLoader.Loaded loaded = loader.load(List.of(examples().resolve("constructs/all-constructs.plan")));
		if (!errors(loaded).isEmpty()) {
			throw new AssertionError("all-constructs.plan has errors: " + errors(loaded));
		}
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}
}

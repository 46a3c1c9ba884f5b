package org.plans.dsl.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Assertions;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;

/** Where the project's files are, and short forms of what a load found. */
public final class TestFiles {

	private TestFiles() {
	}

	public static Path root() {
		return Path.of(System.getProperty("plans.root", "..")).toAbsolutePath().normalize();
	}

	public static Path examples() {
		return root().resolve("examples");
	}

	/** Every plan file under {@code examples/}, for parameterised tests. */
	public static Stream<Path> examplePlans() {
		return PlanLoader.planFiles(List.of(examples())).stream();
	}

	/** "file:line: message" for every error, so a failing assertion shows what went wrong. */
	public static List<String> errors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> Path.of(i.getUriToProblem().path()).getFileName() + ":" + i.getLineNumber() + ": "
						+ i.getMessage())
				.toList();
	}

	/** The same, for the errors found in one file only. */
	public static List<String> errorsIn(PlanLoader.Loaded loaded, Path file) {
		Path wanted = file.toAbsolutePath().normalize();
		return loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.filter(i -> Path.of(i.getUriToProblem().path()).equals(wanted))
				.map(i -> wanted.getFileName() + ":" + i.getLineNumber() + ": " + i.getMessage()).toList();
	}

	/** Loads a file or folder, checks that nothing in it is an error, and returns the plan with this id. */
	/** The one plan of {@code text}, loaded as file {@code name}, failing on any error. */
	public static PlanFacts planOfText(PlanLoader loader, String name, String text) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of(name, text));
		assertEquals(List.of(), errors(loaded));
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}

	public static PlanFacts loadPlan(PlanLoader loader, Path fileOrFolder, String id) {
		PlanLoader.Loaded loaded = loader.load(List.of(fileOrFolder));
		Assertions.assertEquals(List.of(), errors(loaded));
		return PlanFacts.of(loaded.resourceSet()).stream().filter(p -> id.equals(p.id())).findFirst().orElseThrow();
	}

	public static MeasureFacts measure(PlanFacts plan, String name) {
		return plan.measures().stream().filter(m -> m.measure().getName().equals(name)).findFirst().orElseThrow();
	}

	/** The plan of examples/constructs/all-constructs.plan, failing on any error in it. */
	public static PlanFacts allConstructs(PlanLoader loader) {
		PlanLoader.Loaded loaded = loader.load(List.of(examples().resolve("constructs/all-constructs.plan")));
		if (!errors(loaded).isEmpty()) {
			throw new AssertionError("all-constructs.plan has errors: " + errors(loaded));
		}
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}
}

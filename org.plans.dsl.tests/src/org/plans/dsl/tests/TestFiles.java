package org.plans.dsl.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
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

	/** "file:line: message" for every error, so a failing assertion shows what went wrong. */
	public static List<String> errors(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> Path.of(i.getUriToProblem().path()).getFileName() + ":" + i.getLineNumber() + ": "
						+ i.getMessage())
				.toList();
	}
}

package org.plans.dsl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@code plans} in this JVM and captures what it prints. */
final class Cli {

	record Run(int exit, String out, String err) {
	}

	private Cli() {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = PlansCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(exit, out.toString(), err.toString());
	}

	static Path root() {
		return Path.of(System.getProperty("plans.root", "..")).toAbsolutePath().normalize();
	}

	static Path examples() {
		return root().resolve("examples");
	}
}

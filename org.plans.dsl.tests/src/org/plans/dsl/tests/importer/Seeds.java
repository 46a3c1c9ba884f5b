package org.plans.dsl.tests.importer;

import java.nio.file.Files;
import java.nio.file.Path;


/** The published seed plans, kept in the tests' resources (a copy of shared/seeds). */
final class Seeds {

	private Seeds() {
	}

	static Path path(String name) {
		Path root = Path.of(System.getProperty("plans.root", "..")).toAbsolutePath().normalize();
		Path seed = root.resolve("org.plans.dsl.tests/resources/seeds").resolve(name);
		if (!Files.isRegularFile(seed)) {
			throw new AssertionError("seed plan not found: " + seed);
		}
		return seed;
	}
}

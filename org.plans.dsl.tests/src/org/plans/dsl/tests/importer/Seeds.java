package org.plans.dsl.tests.importer;

import java.nio.file.Files;
import java.nio.file.Path;


/** The published seed plans, kept beside the repository in shared/seeds. */
final class Seeds {

	private Seeds() {
	}

	static Path path(String name) {
		Path root = Path.of(System.getProperty("plans.root", "..")).toAbsolutePath().normalize();
		for (Path candidate : new Path[] { root.resolve("../shared/seeds").resolve(name),
				root.resolve("org.plans.dsl.tests/resources/seeds").resolve(name) }) {
			if (Files.isRegularFile(candidate)) {
				return candidate.normalize();
			}
		}
		throw new AssertionError("seed plan not found: " + name);
	}

}

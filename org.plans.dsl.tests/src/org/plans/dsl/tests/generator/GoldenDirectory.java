package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** A folder of golden files compared byte for byte with what a test generated; rewritten with -Dgolden.update=true. */
final class GoldenDirectory {

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	private GoldenDirectory() {
	}

	/** Each of {@code actual} (file name to text) equals its golden file in {@code golden}, and there is no other. */
	static void check(Path golden, Map<String, String> actual) throws IOException {
		for (Map.Entry<String, String> file : actual.entrySet()) {
			Path path = golden.resolve(file.getKey());
			if (UPDATE) {
				Files.createDirectories(golden);
				Files.writeString(path, file.getValue());
			}
			assertEquals(Files.readString(path), file.getValue(), path + " (regenerate with -Dgolden.update=true if intended)");
		}
		try (Stream<Path> files = Files.list(golden)) {
			assertEquals(actual.size(), files.count(), "no stale golden files in " + golden);
		}
	}
}

package org.plans.dsl.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a target writes. Paths are relative to the output directory and may never leave
 * it: build file names from plan text with {@link FileNames#safe(String)}.
 */
public interface OutputFiles {

	void write(String relativePath, byte[] content) throws IOException;

	default void write(String relativePath, String content) throws IOException {
		write(relativePath, content.getBytes(StandardCharsets.UTF_8));
	}

	/** Files written below {@code directory}; a path that would leave it is refused. */
	static OutputFiles directory(Path directory) {
		Path root = directory.toAbsolutePath().normalize();
		return (relativePath, content) -> {
			Path target = root.resolve(relativePath).normalize();
			if (Path.of(relativePath).isAbsolute() || !target.startsWith(root) || target.equals(root)) {
				throw new IOException("Refusing to write outside the output directory: " + relativePath);
			}
			Files.createDirectories(target.getParent());
			Files.write(target, content);
		};
	}
}

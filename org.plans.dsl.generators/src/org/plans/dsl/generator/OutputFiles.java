package org.plans.dsl.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plans.dsl.files.AtomicFiles;
import org.plans.dsl.naming.FileNames;

/**
 * Where a target writes. Paths are relative to the output directory and may never leave
 * it: build file names from plan text with {@link FileNames#safe(String)}.
 */
public interface OutputFiles {

	void write(String relativePath, byte[] content) throws IOException;

	default void write(String relativePath, String content) throws IOException {
		write(relativePath, content.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Files written below {@code directory} with {@link AtomicFiles}. Refused: a path that would
	 * leave it, a path through a symbolic link below it (links are never followed), and a
	 * second file at a path already written, compared ignoring case (as on Windows and macOS).
	 */
	static OutputFiles directory(Path directory) {
		Path root = directory.toAbsolutePath().normalize();
		Map<String, String> written = new ConcurrentHashMap<>();
		return (relativePath, content) -> {
			Path target = root.resolve(relativePath).normalize();
			if (Path.of(relativePath).isAbsolute() || !target.startsWith(root) || target.equals(root)) {
				throw new IOException("Refusing to write outside the output directory: " + relativePath);
			}
			String shown = root.relativize(target).toString().replace('\\', '/');
			String first = written.putIfAbsent(shown.toLowerCase(Locale.ROOT), shown);
			if (first != null) {
				throw new IOException("Refusing to overwrite " + first + " with a second file " + shown
						+ " (file names are compared ignoring case): two plans or names give the same file name; rename one");
			}
			Files.createDirectories(root); // the directory itself may be a link the user chose
			Path parent = root;
			for (Path part : root.relativize(target)) {
				Path next = parent.resolve(part);
				if (Files.isSymbolicLink(next)) {
					throw new IOException("Refusing to write through the symbolic link " + next
							+ " in the output directory: remove it or choose another --out");
				}
				if (!next.equals(target) && !Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
					try {
						Files.createDirectory(next);
					} catch (FileAlreadyExistsException e) {
						throw new IOException("Cannot write " + shown + ": " + next + " is not a directory");
					}
				}
				parent = next;
			}
			AtomicFiles.write(target, content);
		};
	}
}

package org.plans.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code .plansignore} files: plan files that folder and glob arguments skip, one pattern per line
 * as in {@code .gitignore} ({@code #} comments, {@code !} to take a file back, a trailing
 * {@code /} for folders only, a {@code /} at the start or inside to anchor the pattern to the
 * ignore file's folder). Every ignore file from the searched folder (or the current folder,
 * when that is above it) down to the plan's own folder applies; the last matching line wins.
 * Files named on the command line are always checked.
 */
final class PlansIgnore {

	static final String FILE_NAME = ".plansignore";

	private record Pattern(boolean negated, boolean folderOnly, boolean anchored, List<PathMatcher> matchers) {

		boolean matches(Path path) {
			return matchers.stream().anyMatch(m -> m.matches(path));
		}
	}

	private final Map<Path, List<Pattern>> byFolder = new HashMap<>();

	/** Whether {@code file} (absolute), found under {@code searched}, is ignored. */
	boolean ignores(Path file, Path searched) {
		Path top = top(searched.toAbsolutePath().normalize());
		List<Path> folders = new ArrayList<>();
		for (Path dir = file.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
			folders.add(0, dir);
		}
		boolean ignored = false;
		for (Path folder : folders) {
			Path relative = folder.relativize(file);
			for (Pattern pattern : patterns(folder)) {
				if (matches(pattern, relative)) {
					ignored = !pattern.negated();
				}
			}
		}
		return ignored;
	}

	private static Path top(Path searched) {
		Path current = Invocation.current().folder();
		return searched.startsWith(current) ? current : searched;
	}

	/** The file itself, or any folder it is in below the ignore file's folder. */
	private static boolean matches(Pattern pattern, Path relative) {
		int parts = relative.getNameCount();
		for (int end = pattern.folderOnly() ? parts - 1 : parts; end >= 1; end--) {
			Path candidate = relative.subpath(0, end);
			if (pattern.matches(pattern.anchored() ? candidate : candidate.getFileName())) {
				return true;
			}
		}
		return false;
	}

	private List<Pattern> patterns(Path folder) {
		return byFolder.computeIfAbsent(folder, PlansIgnore::read);
	}

	private static List<Pattern> read(Path folder) {
		Path file = folder.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new InputException(Paths.display(file) + ": cannot read this ignore file (" + e.getMessage() + ")");
		}
		List<Pattern> patterns = new ArrayList<>();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			boolean negated = line.startsWith("!");
			line = negated ? line.substring(1) : line;
			boolean folderOnly = line.endsWith("/");
			line = folderOnly ? line.substring(0, line.length() - 1) : line;
			boolean anchored = line.contains("/");
			line = line.startsWith("/") ? line.substring(1) : line;
			if (!line.isEmpty()) {
				List<PathMatcher> matchers = PlanGlobs.variants(line).stream()
						.map(variant -> FileSystems.getDefault().getPathMatcher("glob:" + variant)).toList();
				patterns.add(new Pattern(negated, folderOnly, anchored, matchers));
			}
		}
		return patterns;
	}
}

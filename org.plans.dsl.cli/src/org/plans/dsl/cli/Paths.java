package org.plans.dsl.cli;

import java.nio.file.Path;

/** How files are named in messages and reports: relative to the current directory, with '/'. */
public final class Paths {

	private Paths() {
	}

	public static String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path cwd = Path.of("").toAbsolutePath();
		Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
		String text = shown.toString().replace('\\', '/');
		return text.isEmpty() ? "." : text;
	}
}

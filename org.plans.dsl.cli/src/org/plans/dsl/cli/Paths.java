package org.plans.dsl.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

/** How files are named in messages and reports: relative to the current directory, with '/'. */
public final class Paths {

	/** Each file's path as shown, worked out once per file: reports name the same file thousands of times. */
	private static final Map<URI, String> SHOWN = new ConcurrentHashMap<>();

	private Paths() {
	}

	/** A loaded plan's URI as shown: its path for a file (fragment dropped), else the URI itself. */
	public static String display(URI uri) {
		URI resource = uri.trimFragment();
		return resource.isFile() ? SHOWN.computeIfAbsent(resource, u -> display(Path.of(u.toFileString())))
				: resource.toString();
	}

	public static String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path cwd = Path.of("").toAbsolutePath();
		Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
		String text = shown.toString().replace('\\', '/');
		return text.isEmpty() ? "." : text;
	}
}

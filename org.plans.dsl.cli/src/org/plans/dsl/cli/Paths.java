package org.plans.dsl.cli;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

/** How files are named in messages and reports: relative to the folder of the run ({@link Invocation}), with '/'. */
public final class Paths {

	private Paths() {
	}

	/** A loaded plan's URI as shown: its path for a file (fragment dropped), else the URI itself. */
	public static String display(URI uri) {
		URI resource = uri.trimFragment();
		return resource.isFile() ? Invocation.current().shown(resource, () -> display(Path.of(resource.toFileString())))
				: resource.toString();
	}

	public static String display(Path path) {
		Path cwd = Invocation.current().folder();
		Path absolute = cwd.resolve(path).normalize();
		Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
		String text = shown.toString().replace('\\', '/');
		return text.isEmpty() ? "." : text;
	}
}

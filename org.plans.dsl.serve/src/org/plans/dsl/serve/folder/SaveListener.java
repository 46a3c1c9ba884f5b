package org.plans.dsl.serve.folder;

import java.nio.file.Path;

/** Told after the server saved a file of the folder (the language sessions rebuild what depends on it). */
@FunctionalInterface
public interface SaveListener {

	void saved(Path file, boolean created);
}

package org.plans.dsl.serve.folder;

import java.nio.file.Path;

/** Told when a plan file of the folder changes: saved by the server or changed on disk by another program. */
@FunctionalInterface
public interface FileListener {

	enum Change {
		CREATED, CHANGED, DELETED
	}

	void changed(Path file, Change change);
}

package org.plans.dsl.cli.format;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's content safely: the new text goes to a temporary file in the same
 * directory, which takes the original's permissions and is then renamed over it, so a
 * crash leaves either the old file or the new one, never half of one.
 */
public final class FileRewriter {

	private FileRewriter() {
	}

	public static void replace(Path file, byte[] content) throws IOException {
		Path target = file.toRealPath();
		Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.write(temp, content);
			PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
			if (posix != null) {
				Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

}

package org.plans.dsl.cli.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;

import org.plans.dsl.files.AtomicFiles;

/**
 * Replaces a plan file's content in place through {@link AtomicFiles} (its permissions, and
 * owner and group where permitted, are kept), but only if the file is still as it was read:
 * an edit saved meanwhile is never lost. Read-only and hard-linked files are not rewritten.
 */
public final class FileRewriter {

	/** A file as read: its content, size and modification time. */
	public record Snapshot(Path file, byte[] content, long size, FileTime modified) {
	}

	/** The file changed after it was read; it was left as it is. */
	public static final class ChangedMeanwhile extends IOException {
		private static final long serialVersionUID = 1L;

		ChangedMeanwhile(String message) {
			super(message);
		}
	}

	private FileRewriter() {
	}

	public static Snapshot read(Path file) throws IOException {
		Path target = file.toRealPath();
		BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
		return new Snapshot(target, Files.readAllBytes(target), attributes.size(), attributes.lastModifiedTime());
	}

	/** Why the file may not be rewritten in place (read-only, hard links), or empty when it may. */
	public static Optional<String> refusal(Path file) throws IOException {
		Path target = file.toRealPath();
		PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
		boolean readOnly = !Files.isWritable(target)
				|| posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
		if (readOnly) {
			return Optional.of("the file is read-only");
		}
		int links = links(target);
		if (links > 1) {
			return Optional.of("the file has " + links + " hard links, which rewriting it would break");
		}
		return Optional.empty();
	}

	/** Writes {@code content} over the file of {@code read}, unless the file changed since. */
	public static void replace(Snapshot read, byte[] content) throws IOException {
		AtomicFiles.write(read.file(), out -> out.write(content), () -> {
			BasicFileAttributes now = Files.readAttributes(read.file(), BasicFileAttributes.class);
			if (now.size() != read.size() || !now.lastModifiedTime().equals(read.modified())
					|| !Arrays.equals(Files.readAllBytes(read.file()), read.content())) {
				throw new ChangedMeanwhile("the file changed while it was being formatted");
			}
		});
	}

	private static int links(Path file) throws IOException {
		try {
			return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
		} catch (UnsupportedOperationException | IllegalArgumentException e) {
			return 1;
		}
	}
}

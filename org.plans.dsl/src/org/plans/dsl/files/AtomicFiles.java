package org.plans.dsl.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way plans tools write a file: the content goes to a new temporary file in the
 * target's directory, is forced to disk ({@link FileChannel#force(boolean)}) and then renamed
 * over the target ({@code ATOMIC_MOVE}). A reader sees the old file or the new one, never half
 * of one; a failed write leaves the old file as it was and no temporary file behind.
 * An existing target keeps its permissions, and its owner and group where the user may set them.
 * A target that is a symbolic link is replaced by the file, never written through.
 */
public final class AtomicFiles {

	/** Writes a file's content; may fail midway. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Run just before the rename; throws to leave the target as it is. */
	@FunctionalInterface
	public interface Check {
		void beforeReplace() throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content), () -> {
		});
	}

	public static void write(Path target, Content content) throws IOException {
		write(target, content, () -> {
		});
	}

	public static void write(Path target, Content content, Check check) throws IOException {
		Path file = target.toAbsolutePath();
		Path temp = createTemp(file);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
					@Override
					public void write(byte[] b, int off, int len) throws IOException {
						this.out.write(b, off, len);
					}

					@Override
					public void close() throws IOException {
						flush(); // the channel is forced and closed here, not by the content
					}
				};
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepAttributes(file, temp);
			check.beforeReplace();
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
			syncDirectory(file.getParent());
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A new file next to {@code file}, made with the default permissions (the umask), never an existing path. */
	private static Path createTemp(Path file) throws IOException {
		Path directory = file.getParent();
		String name = file.getFileName().toString();
		String stem = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
		while (true) {
			Path temp = directory.resolve(stem + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
			try {
				Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temp;
			} catch (FileAlreadyExistsException e) {
				// another name
			}
		}
	}

	private static void keepAttributes(Path file, Path temp) throws IOException {
		PosixFileAttributeView target = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		if (target == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		PosixFileAttributes old = target.readAttributes();
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		PosixFileAttributes now = view.readAttributes();
		try {
			if (!now.group().equals(old.group())) {
				view.setGroup(old.group());
			}
			if (!now.owner().equals(old.owner())) {
				view.setOwner(old.owner());
			}
		} catch (FileSystemException e) {
			// not permitted (only root may give a file away): the file becomes the user's
		}
		view.setPermissions(old.permissions());
	}

	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// not every system can open a directory (Windows); the rename is done
		}
	}
}

package org.plans.dsl.serve.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plans.dsl.files.AtomicFiles;

/**
 * The folder {@code plans serve} edits: the only files it reads or writes are {@code .plan} files
 * and {@code plans.properties} below it. A path from a client is relative, with {@code /}
 * between names; it may not be absolute, name {@code .} or {@code ..}, a hidden name, or lead
 * through a symbolic link out of the folder (checked on real paths). Saves go through
 * {@link AtomicFiles} and are refused when the file is not the version the editor started from.
 */
public final class PlanFolder {

	/** The largest plan file read or written: 2 MB. */
	public static final int MAX_BYTES = 2 << 20;

	private static final String PROPERTIES = "plans.properties";

	private final Path root;
	private final Object saving = new Object();

	/** @param directory an existing directory */
	public PlanFolder(Path directory) throws IOException {
		this.root = directory.toRealPath();
		if (!Files.isDirectory(root)) {
			throw new IOException(directory + " is not a directory");
		}
	}

	/** The folder's real path. */
	public Path root() {
		return root;
	}

	/** The plan files and {@code plans.properties} below the folder, relative with {@code /}, sorted. */
	public List<String> list() throws IOException {
		List<String> files = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				return dir.equals(root) || !hidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				String rel = relative(file);
				if (rel != null && isPlanFile(rel) && Files.isRegularFile(file) && inside(file)) {
					files.add(rel);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE; // unreadable: not listed
			}
		});
		files.sort(null);
		return files;
	}

	private static boolean hidden(Path path) {
		return path.getFileName().toString().startsWith(".");
	}

	/** The file's bytes; {@link NoSuchFileException} if it does not exist. */
	public byte[] read(String path) throws PathRefused, IOException {
		Path file = resolve(path);
		if (Files.size(file) > MAX_BYTES) {
			throw new PathRefused(path + " is larger than " + (MAX_BYTES >> 20) + " MB");
		}
		return Files.readAllBytes(file);
	}

	/**
	 * Writes {@code text} if the file on disk is still {@code baseVersion} (empty or null: the
	 * file must not exist yet); returns the new version.
	 */
	public String save(String path, String text, String baseVersion) throws PathRefused, SaveConflict, IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > MAX_BYTES) {
			throw new PathRefused("the text is larger than " + (MAX_BYTES >> 20) + " MB");
		}
		Path file = resolve(path);
		synchronized (saving) {
			try {
				AtomicFiles.write(file, out -> out.write(bytes), () -> checkVersion(file, baseVersion));
			} catch (ConflictOnDisk e) {
				throw (SaveConflict) e.getCause();
			}
		}
		return Versions.of(bytes);
	}

	private static void checkVersion(Path file, String baseVersion) throws IOException {
		String expected = baseVersion == null ? "" : baseVersion;
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			if (!expected.isEmpty()) {
				throw new ConflictOnDisk(new SaveConflict("", ""));
			}
			return;
		}
		byte[] disk = Files.readAllBytes(file);
		String version = Versions.of(disk);
		if (!version.equals(expected)) {
			throw new ConflictOnDisk(new SaveConflict(new String(disk, StandardCharsets.UTF_8), version));
		}
	}

	/** Carries a conflict through {@link AtomicFiles.Check}, which may throw I/O errors only. */
	static final class ConflictOnDisk extends IOException {
		private static final long serialVersionUID = 1L;

		ConflictOnDisk(SaveConflict conflict) {
			super(conflict);
		}
	}

	/**
	 * The file a client's path names, checked: relative, no {@code .}/{@code ..}/hidden names, a
	 * plan file or {@code plans.properties}, and (for the file or, for a new file, its folder)
	 * really inside the folder.
	 */
	public Path resolve(String path) throws PathRefused, IOException {
		if (path == null || path.isEmpty()) {
			throw new PathRefused("no path given");
		}
		if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.startsWith("/") || path.contains(":")
				|| path.length() > 1000) {
			throw new PathRefused("'" + path + "' is not a path inside the folder");
		}
		for (String name : path.split("/", -1)) {
			if (name.isEmpty() || name.startsWith(".")) {
				throw new PathRefused("'" + path + "' is not a path inside the folder");
			}
		}
		if (!isPlanFile(path)) {
			throw new PathRefused("only .plan files and plans.properties are served");
		}
		Path file = root.resolve(path).normalize();
		if (!file.startsWith(root) || file.equals(root)) {
			throw new PathRefused("'" + path + "' is not a path inside the folder");
		}
		Path existing = Files.exists(file) ? file : file.getParent();
		if (!Files.exists(existing) || !inside(existing)) {
			if (!Files.exists(existing)) {
				throw new NoSuchFileException(path);
			}
			throw new PathRefused("'" + path + "' leads out of the folder");
		}
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			throw new PathRefused("'" + path + "' is not a file");
		}
		return file;
	}

	private boolean inside(Path path) {
		try {
			return path.toRealPath().startsWith(root);
		} catch (IOException e) {
			return false;
		}
	}

	private String relative(Path file) {
		Path rel = root.relativize(file);
		List<String> names = new ArrayList<>();
		for (Path name : rel) {
			if (name.toString().startsWith(".")) {
				return null;
			}
			names.add(name.toString());
		}
		return String.join("/", names);
	}

	/**
	 * Whether a relative path names a file the server would serve, by its name alone (no hidden
	 * names, a plan file or {@code plans.properties}); where it leads is not checked.
	 */
	boolean isServed(String path) {
		for (String name : path.split("/", -1)) {
			if (name.isEmpty() || name.startsWith(".")) {
				return false;
			}
		}
		return isPlanFile(path);
	}

	private static boolean isPlanFile(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.toLowerCase(Locale.ROOT).endsWith(".plan") && name.length() > ".plan".length() || name.equals(PROPERTIES);
	}
}

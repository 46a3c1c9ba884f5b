package org.plans.dsl.cli.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Where a daemon of one jar listens: a socket in a folder only its user may enter (0700):
 * {@code PLANS_DAEMON_DIR}, else {@code $XDG_RUNTIME_DIR/plans}, else {@code ~/.cache/plans/daemon}.
 * One daemon per jar: each checkout or release has its own socket and log.
 */
public record DaemonPlace(Path folder, Path socket, Path log) {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	public static DaemonPlace of(Map<String, String> environment, Path jar) {
		Path folder = folder(environment);
		String name = "plans-" + digest(jar.toString());
		return new DaemonPlace(folder, folder.resolve(name + ".sock"), folder.resolve(name + ".log"));
	}

	private static Path folder(Map<String, String> environment) {
		String chosen = environment.getOrDefault("PLANS_DAEMON_DIR", "");
		if (!chosen.isEmpty()) {
			return Path.of(chosen).toAbsolutePath();
		}
		String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
		if (!runtime.isEmpty()) {
			return Path.of(runtime, "plans");
		}
		return Path.of(System.getProperty("user.home"), ".cache", "plans", "daemon");
	}

	/**
	 * Makes the folder if it is missing (0700), and refuses one that others may enter or that
	 * another user owns: whoever can reach the socket can run plans as this user.
	 */
	public void secure() throws IOException {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectories(folder.getParent());
			try {
				Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			} catch (FileAlreadyExistsException e) {
				// made by another client at the same moment: checked below
			}
		}
		PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		String user = System.getProperty("user.name");
		if (!attributes.isDirectory() || !attributes.owner().getName().equals(user)) {
			throw new IOException(folder + " is not a folder of " + user);
		}
		if (!attributes.permissions().equals(OWNER_ONLY)) {
			throw new IOException(folder + " may be entered by others (" + PosixFilePermissions.toString(attributes.permissions())
					+ "); the daemon needs rwx------");
		}
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

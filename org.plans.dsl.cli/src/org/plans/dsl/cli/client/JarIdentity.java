package org.plans.dsl.cli.client;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which build of plans a process runs: its jar's path, size and time of change. A daemon
 * answers only clients of the same build; a rebuilt jar (the launcher rebuilds it when sources
 * change) makes the daemon stop, so that it never serves old code.
 */
public final class JarIdentity {

	private JarIdentity() {
	}

	/** The jar (or classes folder) this class was loaded from. */
	public static Path jar() {
		try {
			return Path.of(JarIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
		} catch (URISyntaxException | SecurityException | NullPointerException e) {
			throw new IllegalStateException("cannot tell which jar plans runs from", e);
		}
	}

	/** The identity of {@code jar} as it is on disk now; "missing" when it is gone. */
	public static String of(Path jar) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
			return jar + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
		} catch (IOException e) {
			return jar + " missing";
		}
	}
}

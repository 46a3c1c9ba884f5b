package org.plans.dsl.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** File names made from plan text (ids, lead names) that are safe on every system. */
public final class FileNames {

	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

	private static final int MAX = 60;

	private FileNames() {
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java has SHA-256
		}
	}

	/**
	 * Lower-case letters, digits and single hyphens; never empty, never a reserved device name; at most
	 * 60 characters, a longer text cut and ended with 8 hex digits of its hash, so that texts with the
	 * same first 60 characters get different names.
	 */
	public static String safe(String text) {
		String slug = slug(text);
		if (slug.isEmpty()) {
			slug = "unnamed";
		}
		return RESERVED.contains(slug) ? slug + "-file" : slug;
	}

	/**
	 * A text as one key segment ({@code "Publish the plan"} → {@code publish-the-plan}): as
	 * {@link #safe}, but a text with no Latin letter or digit is 8 hex digits of its hash, so that
	 * two such texts stay apart.
	 */
	public static String words(String text) {
		String slug = slug(text);
		return slug.isEmpty() ? hash(text == null ? "" : text) : slug;
	}

	private static String slug(String text) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX) {
			// cut, and told apart from other long texts with the same start by a hash of the whole text
			slug = slug.substring(0, MAX - 9).replaceAll("-+$", "") + "-" + hash(text);
		}
		return slug;
	}
}

package org.plans.dsl.naming;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** File names made from plan text (ids, lead names) that are safe on every system. */
public final class FileNames {

	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

	private FileNames() {
	}

	/** Lower-case letters, digits and single hyphens; never empty, never a reserved device name. */
	public static String safe(String text) {
		String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		if (slug.isEmpty()) {
			slug = "unnamed";
		}
		return RESERVED.contains(slug) ? slug + "-file" : slug;
	}
}

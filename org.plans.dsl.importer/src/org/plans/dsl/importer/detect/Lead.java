package org.plans.dsl.importer.detect;

import java.util.Locale;

/** One lead named in a plan: a person, a role, a team or a partner, with the words used. */
public record Lead(Kind kind, String name, String role) {

	public enum Kind {
		PERSON, ROLE, TEAM, PARTNER;

		public String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * The same lead however it was capitalised or spaced; letters, digits and symbols of any
	 * script count (two Cyrillic names, or two emoji, are two leads).
	 */
	public String key() {
		String words = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{S}]+", " ").strip();
		return kind + ":" + (words.isEmpty() ? name.strip() : words);
	}
}

package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One lead named in a plan: a person, a role, a team or a partner, with the words used and,
 * for a person, the roles written beside the name ("Sarah Flint, Principal Social Worker").
 */
public record Lead(Kind kind, String name, List<String> roles) {

	public enum Kind {
		PERSON, ROLE, TEAM, PARTNER;

		public String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public Lead {
		roles = List.copyOf(roles);
	}

	public static Lead of(Kind kind, String name) {
		return new Lead(kind, name, List.of());
	}

	/** This lead holding the roles of both (the same person named twice in a plan). */
	public Lead with(Lead other) {
		Set<String> all = new LinkedHashSet<>(roles);
		all.addAll(other.roles);
		return new Lead(kind, name, new ArrayList<>(all));
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

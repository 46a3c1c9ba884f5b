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
public record Lead(Kind kind, String name, List<String> roles, Lead organisation) {

	public enum Kind {
		PERSON, ROLE, TEAM, PARTNER;

		public String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public Lead {
		roles = List.copyOf(roles);
	}

	/** A lead without an organisation ("of"). */
	public Lead(Kind kind, String name, List<String> roles) {
		this(kind, name, roles, null);
	}

	public static Lead of(Kind kind, String name) {
		return new Lead(kind, name, List.of());
	}

	/** This lead holding the roles of both (the same person named twice in a plan), and an organisation either gives. */
	public Lead with(Lead other) {
		Set<String> all = new LinkedHashSet<>(roles);
		all.addAll(other.roles);
		return new Lead(kind, name, new ArrayList<>(all), organisation != null ? organisation : other.organisation);
	}

	/** This person as a member of an organisation: "Joanne Price (ICB)", "Fiona Hill, CCG". */
	public Lead of(Lead organisation) {
		return new Lead(kind, name, roles, organisation);
	}

	/**
	 * The same lead however it was capitalised or spaced; letters, digits and symbols of any
	 * script count (two Cyrillic names, or two emoji, are two leads).
	 */
	public String key() {
		String words = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{S}]+", " ").strip();
		if (kind == Kind.ROLE) {
			// "Heads of Service" is the post "Head of Service"
			words = singular(words);
		}
		return kind + ":" + (words.isEmpty() ? name.strip() : words);
	}

	/** Each word without a plural 's' ("heads of services" → "head of service"). */
	static String singular(String words) {
		return words.replaceAll("\\b(\\p{L}{3,}?[^s\\s])s\\b", "$1");
	}
}

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

	/** The same lead however it was capitalised or spaced. */
	public String key() {
		return kind + ":" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}
}

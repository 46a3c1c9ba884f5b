package org.plans.dsl.importer.write;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Readable, unique ids that are not keywords of the language: "sjs", "heads-of-service". */
public final class Ids {

	private final Set<String> keywords;
	private final Set<String> used = new HashSet<>();

	public Ids(Set<String> keywords) {
		this.keywords = keywords;
	}

	/**
	 * Initials for a person ("Sarah-Jane Smedmor" → sjs), a short slug for anything else; a name
	 * with no Latin letter or digit (Cyrillic, Chinese, emoji) is numbered: lead-1, lead-2.
	 */
	public String forName(String name, boolean person) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
		String base;
		if (person) {
			StringBuilder initials = new StringBuilder();
			for (String word : ascii.split("[^a-z]+")) {
				if (!word.isEmpty()) {
					initials.append(word.charAt(0));
				}
			}
			base = initials.toString();
		} else {
			base = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
			if (base.length() > 24) {
				// "Service Director of Corporate Parenting, Fostering & Adoption" → service-director-corporate
				return forTitle(name, "lead");
			}
		}
		return base.isEmpty() ? numbered("lead") : unique(base);
	}

	private static final Set<String> FILLER = Set.of("of", "the", "a", "an", "and", "or", "to", "in", "for", "with", "who",
			"are", "is", "on", "by", "at", "s", "percentage", "proportion", "number", "per", "cent", "within", "their",
			"from", "into", "all", "over", "under", "than", "more", "less");

	/**
	 * A short id for a long title: its first three words that carry meaning ("Percentage of
	 * audited cases judged good" → audited-cases-judged); a title of none is numbered.
	 */
	public String forTitle(String title, String fallback) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder();
		int words = 0;
		for (String word : ascii.split("[^a-z0-9]+")) {
			if (!word.isEmpty() && !FILLER.contains(word) && words < 3) {
				slug.append(slug.length() == 0 ? "" : "-").append(word);
				// a number says little alone: "re-referrals-12-months"
				words += word.matches("[0-9]+") ? 0 : 1;
			}
		}
		return slug.length() == 0 ? numbered(fallback) : unique(slug.toString());
	}

	/** The first free {@code base-1}, {@code base-2}, ... */
	private String numbered(String base) {
		String candidate = base + "-1";
		for (int n = 2; keywords.contains(candidate) || used.contains(candidate); n++) {
			candidate = base + "-" + n;
		}
		used.add(candidate);
		return candidate;
	}

	/** {@code base} if free and usable, else with a number: "r1", "r2". */
	public String unique(String base) {
		String id = base.isEmpty() || !Character.isLetter(base.charAt(0)) ? "x" + base : base;
		String candidate = id;
		for (int n = 2; keywords.contains(candidate) || used.contains(candidate); n++) {
			candidate = id + "-" + n;
		}
		used.add(candidate);
		return candidate;
	}

	public boolean isKeyword(String word) {
		return keywords.contains(word);
	}
}

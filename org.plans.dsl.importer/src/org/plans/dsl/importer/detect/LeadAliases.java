package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The same lead written differently in one plan — an ownership table's "K. Mensah" or "Dr
 * Amy Fox" and the action rows' "Kofi Mensah" or "Amy Fox"; "HoEH" and "Head of Early Help" —
 * read as one, declared with its fullest name. Two leads are one only when nothing else in the
 * plan could be meant: "J. Rao" stays apart while both "Jai Rao" and "Jaya Rao" lead.
 */
public final class LeadAliases {

	private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "cllr",
			"councillor", "sir", "dame");

	/** Person: the fullest name written for each spelling of a name without titles. */
	private final Map<String, String> people = new LinkedHashMap<>();
	/** Roles by their words' initials ("hoeh" → "Head of Early Help"); null where two roles share them. */
	private final Map<String, String> roleInitials = new LinkedHashMap<>();

	public LeadAliases(Collection<Lead> leads) {
		Set<String> roles = new LinkedHashSet<>();
		for (Lead lead : leads) {
			if (lead.kind() == Lead.Kind.PERSON) {
				people.merge(personKey(lead.name()), lead.name().strip(), LeadAliases::fuller);
			}
			if (lead.kind() == Lead.Kind.ROLE) {
				roles.add(lead.name().strip());
			}
			roles.addAll(lead.roles());
		}
		for (String role : roles) {
			String[] words = role.replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}]+", " ").strip().split(" ");
			if (words.length >= 2) {
				// "Head of Early Help" is HoEH; "Head of SEND" is HoSEND (a word in capitals is kept whole)
				StringBuilder initials = new StringBuilder();
				StringBuilder acronyms = new StringBuilder();
				for (String word : words) {
					initials.append(word.charAt(0));
					acronyms.append(word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? word : word.charAt(0));
				}
				index(initials.toString().toLowerCase(Locale.ROOT), role);
				index(acronyms.toString().toLowerCase(Locale.ROOT), role);
			}
		}
	}

	private void index(String key, String role) {
		if (roleInitials.containsKey(key) && roleInitials.get(key) != null && !sameRole(roleInitials.get(key), role)) {
			roleInitials.put(key, null);
		} else if (!roleInitials.containsKey(key)) {
			roleInitials.put(key, role);
		}
	}

	/** The lead as the plan's fullest spelling of it names it, with its roles so spelt too. */
	public Lead canonical(Lead lead) {
		if (lead.kind() != Lead.Kind.PERSON && lead.roles().isEmpty() && lead.organisation() == null
				&& people.containsKey(personKey(lead.name()))) {
			// "amy fox" in a sponsor cell, read as no name for its small letters: the person the plan names so
			return Lead.of(Lead.Kind.PERSON, people.get(personKey(lead.name())));
		}
		List<String> roles = new ArrayList<>();
		lead.roles().forEach(role -> roles.add(role(role)));
		String name = switch (lead.kind()) {
		case PERSON -> person(lead.name());
		case ROLE -> role(lead.name());
		default -> lead.name();
		};
		return new Lead(lead.kind(), name, roles, lead.organisation());
	}

	private String person(String name) {
		String key = personKey(name);
		String[] tokens = key.split(" ");
		if (tokens.length >= 2 && tokens[0].length() == 1) {
			// "K Mensah": the one full name with that surname and initial, if only one
			String rest = key.substring(key.indexOf(' ') + 1);
			List<String> matches = people.keySet().stream().filter(k -> !k.equals(key) && k.endsWith(" " + rest)
					&& k.split(" ").length == tokens.length && k.charAt(0) == tokens[0].charAt(0)).toList();
			if (matches.size() == 1) {
				return people.get(matches.get(0));
			}
		}
		return people.getOrDefault(key, name.strip());
	}

	private String role(String role) {
		String compact = role.strip().replaceAll("[.’']", "");
		if (compact.matches("[A-Za-z&]{2,7}") && compact.chars().filter(Character::isUpperCase).count() >= 2) {
			String known = roleInitials.get(compact.toLowerCase(Locale.ROOT));
			if (known != null) {
				return known;
			}
		}
		return role.strip();
	}

	/** A person's name without titles, case, punctuation or extra spaces: "Dr. Amy  Fox." → "amy fox". */
	static String personKey(String name) {
		List<String> tokens = new ArrayList<>(List.of(
				name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\s'’-]+", " ").strip().split("\\s+")));
		while (tokens.size() > 2 && TITLES.contains(tokens.get(0))) {
			tokens.remove(0);
		}
		return String.join(" ", tokens);
	}

	private static boolean sameRole(String a, String b) {
		return Lead.of(Lead.Kind.ROLE, a).key().equals(Lead.of(Lead.Kind.ROLE, b).key());
	}

	/** The spelling that says more: with a title, or longer; of two as long, the one not in capitals. */
	private static String fuller(String a, String b) {
		boolean capitalsA = a.equals(a.toUpperCase(Locale.ROOT));
		boolean capitalsB = b.equals(b.toUpperCase(Locale.ROOT));
		if (capitalsA != capitalsB) {
			return capitalsA ? b : a;
		}
		return b.length() > a.length() ? b : a;
	}
}

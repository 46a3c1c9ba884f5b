package org.plans.dsl.importer.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Words that name a post: role words and the abbreviations children's services use. */
final class RoleTitles {

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("hos", "Head of Service"),
			Map.entry("hoss", "Heads of Service"), Map.entry("sm", "Service Manager"),
			Map.entry("sms", "Service Managers"), Map.entry("tm", "Team Manager"), Map.entry("tms", "Team Managers"),
			Map.entry("atm", "Assistant Team Manager"), Map.entry("atms", "Assistant Team Managers"),
			Map.entry("psw", "Principal Social Worker"), Map.entry("iro", "Independent Reviewing Officer"),
			Map.entry("iros", "Independent Reviewing Officers"), Map.entry("dcs", "Director of Children's Services"),
			Map.entry("ad", "Assistant Director"), Map.entry("ads", "Assistant Directors"),
			Map.entry("dd", "Deputy Director"), Map.entry("ceo", "Chief Executive"),
			Map.entry("lado", "Local Authority Designated Officer"), Map.entry("sw", "Social Worker"),
			Map.entry("sws", "Social Workers"), Map.entry("cp chair", "Child Protection Chair"),
			Map.entry("cp chairs", "Child Protection Chairs"), Map.entry("cno", "Chief Nursing Officer"),
			Map.entry("cmo", "Chief Medical Officer"), Map.entry("coo", "Chief Operating Officer"),
			Map.entry("cfo", "Chief Finance Officer"), Map.entry("amd", "Associate Medical Director"),
			Map.entry("don", "Director of Nursing"), Map.entry("sro", "Senior Responsible Owner"));
	private static final Set<String> ROLE_WORDS = Set.of("head", "heads", "director", "directors", "manager",
			"managers", "officer", "officers", "lead", "leads", "ad", "executive", "coordinator", "advisor", "adviser",
			"chair", "chairs", "worker", "workers", "principal", "assistant", "asst", "deputy", "member", "members",
			"all", "practitioner", "practitioners", "administrator", "commissioner", "hos", "psw", "iro", "dcs", "atm",
			"sm", "tm", "cno", "cmo", "coo", "cfo", "amd", "chief", "nurse", "nurses", "doctor", "designated", "named", "consultant", "consultants");

	private RoleTitles() {
	}

	/** "HoS" → "Head of Service"; null when the text is no known abbreviation. */
	static String expand(String text) {
		return ABBREVIATIONS.get(text.strip().replaceAll("[.’']", "").toLowerCase(Locale.ROOT));
	}

	/** The abbreviation of a post ("Heads of Service" → hos), the shortest that stands for it; null if none. */
	static String abbreviationOf(String title) {
		String post = Lead.singular(title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip());
		return ABBREVIATIONS.entrySet().stream()
				.filter(e -> Lead.singular(e.getValue().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ")).equals(post))
				.map(Map.Entry::getKey).filter(k -> !k.contains(" ")).min((a, b) -> a.length() - b.length()).orElse(null);
	}

	/** "Principal Social Worker", "HoS": words that name a post, not a conjunction and a name. */
	static boolean isTitle(String text) {
		String lower = text.strip().toLowerCase(Locale.ROOT);
		return !lower.isEmpty() && !lower.startsWith("and ") && (expand(text) != null
				|| Arrays.stream(lower.split("[\\s:()/,]+")).anyMatch(ROLE_WORDS::contains));
	}

	static boolean hasRoleWord(String lower) {
		return Arrays.stream(lower.split("[\\s:()]+")).anyMatch(ROLE_WORDS::contains);
	}
}

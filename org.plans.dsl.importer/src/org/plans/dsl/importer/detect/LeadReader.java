package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a lead cell ("Sarah-Jane Smedmor / Karen Tolond", "A, B and heads of service",
 * "Lou Williams &amp; Karen Tolond", "Sarah Flint, Principal Social Worker") into people,
 * roles, teams and partners.
 */
public final class LeadReader {

	private static final Pattern HARD = Pattern.compile("\\s*[/;\\n]\\s*");
	private static final Pattern SOFT = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*&\\s*|&|\\band\\b|,)\\s*");
	private static final Pattern STARTS_LEAD = Pattern.compile(
			"(?i)(ad|head|heads|service director|director|executive|assistant|asst|deputy|all|principal|chief)\\b.*");
	private static final Set<String> ROLE_WORDS = Set.of("head", "heads", "director", "directors", "manager",
			"managers", "officer", "officers", "lead", "leads", "ad", "executive", "coordinator", "advisor", "adviser",
			"chair", "worker", "workers", "principal", "assistant", "asst", "deputy", "member", "members", "all",
			"practitioner", "practitioners", "administrator", "commissioner");
	private static final Set<String> TEAM_WORDS = Set.of("team", "teams", "service", "services", "school", "unit",
			"board", "panel", "group", "department", "hr", "l&d", "qa", "directorate", "committee");
	private static final Set<String> PARTNERS = Set.of("ccg", "ccs", "nhs", "police", "cafcass", "icb", "lscb");
	private static final Set<String> NOT_NAMES = Set.of("practice", "improvement", "quality", "assurance", "care",
			"social", "children's", "children", "families", "fostering", "adoption", "safeguarding", "education",
			"commissioning", "resources", "permanency", "permanence", "development", "support", "corporate",
			"parenting", "triage", "mash", "delivery", "performance", "workforce", "learning", "health", "housing",
			"council", "the", "of", "for");
	private static final Pattern NAME_WORD = Pattern.compile("[A-Z][a-zA-Z'’-]+|van|Van|den|Den|de|De|von");

	private LeadReader() {
	}

	public static List<Lead> read(String cell) {
		List<Lead> leads = new ArrayList<>();
		String text = rejoinBrokenWords(cell.replace('\n', ' ').strip());
		if (text.isEmpty()) {
			return leads;
		}
		// "Sarah Flint, Principal Social Worker": a person and the role they hold.
		String[] pair = text.split("\\s*,\\s*");
		if (pair.length == 2 && classify(pair[0]) == Lead.Kind.PERSON && isRoleTitle(pair[1])) {
			leads.add(new Lead(Lead.Kind.PERSON, pair[0], pair[1]));
			return leads;
		}
		for (String part : HARD.split(text)) {
			for (String name : softSplit(part.strip())) {
				if (!name.isEmpty()) {
					leads.add(new Lead(classify(name), name, null));
				}
			}
		}
		return leads;
	}

	private static final Pattern BROKEN = Pattern.compile("(\\p{L}{3,}) ([a-z]{1,3})\\b");
	private static final Set<String> SHORT_WORDS = Set.of("of", "and", "the", "to", "in", "at", "by", "for", "or", "on",
			"a", "an", "as", "is", "van", "den", "der", "de", "von", "le", "la", "da", "di", "du", "bin", "al");

	/** Words a PDF broke at a line end ("Safeguardin g", "Permanenc y") joined again. */
	static String rejoinBrokenWords(String text) {
		Matcher m = BROKEN.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String tail = m.group(2);
			m.appendReplacement(out, Matcher.quoteReplacement(
					SHORT_WORDS.contains(tail) ? m.group() : m.group(1) + tail));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * Splits at commas, '&' and 'and' only where a new lead starts (a person's name, a
	 * partner, or a role such as "Head of ..."), so "Director of Parenting, Fostering &amp;
	 * Adoption" stays whole.
	 */
	private static List<String> softSplit(String text) {
		List<String> result = new ArrayList<>();
		Matcher m = SOFT.matcher(text);
		int start = 0;
		StringBuilder current = new StringBuilder();
		while (m.find()) {
			String before = text.substring(start, m.start());
			current.append(before);
			String after = text.substring(m.end());
			String next = SOFT.split(after, 2)[0];
			if (startsNewLead(next) && startsNewLead(current.toString())) {
				result.add(current.toString().strip());
				current.setLength(0);
			} else {
				current.append(m.group());
			}
			start = m.end();
		}
		current.append(text.substring(start));
		result.add(current.toString().strip());
		return result;
	}

	private static boolean startsNewLead(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return false;
		}
		Lead.Kind kind = classify(t);
		return kind == Lead.Kind.PERSON || kind == Lead.Kind.PARTNER || STARTS_LEAD.matcher(t).matches()
				|| t.matches("[A-Z&]{2,5}") || t.toLowerCase(Locale.ROOT).startsWith("heads of");
	}

	/** "Principal Social Worker": words that name a post, not a conjunction and another name. */
	private static boolean isRoleTitle(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return !lower.startsWith("and ") && List.of(lower.split("[\\s:()]+")).stream().anyMatch(ROLE_WORDS::contains);
	}

	static Lead.Kind classify(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		List<String> words = List.of(lower.split("[\\s:()]+"));
		if (words.stream().anyMatch(PARTNERS::contains) && words.size() <= 2) {
			return Lead.Kind.PARTNER;
		}
		if (words.stream().anyMatch(ROLE_WORDS::contains)) {
			return Lead.Kind.ROLE;
		}
		if (words.stream().anyMatch(TEAM_WORDS::contains) || name.matches("[A-Z&]{2,5}")) {
			return Lead.Kind.TEAM;
		}
		String[] tokens = name.split("\\s+");
		boolean looksLikeName = tokens.length >= 2 && tokens.length <= 5;
		for (String token : tokens) {
			looksLikeName &= NAME_WORD.matcher(token).matches() && !NOT_NAMES.contains(token.toLowerCase(Locale.ROOT));
		}
		return looksLikeName ? Lead.Kind.PERSON : Lead.Kind.ROLE;
	}
}

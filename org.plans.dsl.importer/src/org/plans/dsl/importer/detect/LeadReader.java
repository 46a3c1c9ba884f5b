package org.plans.dsl.importer.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a lead cell ("Sarah-Jane Smedmor / Karen Tolond", "A, B and heads of service",
 * "Lou Williams &amp; Karen Tolond", "Sarah Flint, Principal Social Worker", "Jo Bloggs (HoS)",
 * "HoS: Jo Bloggs", "Ann Lee and Raj Patel, Service Managers") into people, roles, teams and
 * partners. A role written beside a name is that person's role, never a lead of its own.
 */
public final class LeadReader {

	private static final Pattern HARD = Pattern.compile("\\s*[/;\\n]\\s*");
	private static final Pattern SOFT = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*&\\s*|&|\\band\\b|,)\\s*");
	private static final Pattern STARTS_LEAD = Pattern.compile(
			"(?i)(ad|head|heads|service director|director|executive|assistant|asst|deputy|all|principal|chief)\\b.*");
	private static final Pattern WITH_ROLE = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");
	private static final Pattern ROLE_FIRST = Pattern.compile("([^:]{2,60}?)\\s*[:–-]\\s+(.+)");
	private static final Set<String> LABELS = Set.of("lead", "leads", "lead officer", "responsible officer", "owner",
			"by whom", "who");
	private static final Set<String> TEAM_WORDS = Set.of("team", "teams", "service", "services", "school", "unit",
			"board", "panel", "group", "department", "hr", "l&d", "qa", "directorate", "committee");
	private static final Set<String> PARTNERS = Set.of("ccg", "ccs", "nhs", "police", "cafcass", "icb", "lscb");
	private static final Set<String> NOT_NAMES = Set.of("practice", "improvement", "quality", "assurance", "care",
			"social", "children's", "children", "families", "fostering", "adoption", "safeguarding", "education",
			"commissioning", "resources", "permanency", "permanence", "development", "support", "corporate",
			"parenting", "triage", "mash", "delivery", "performance", "workforce", "learning", "health", "housing",
			"council", "the", "of", "for", "all", "new", "lead", "leads", "tbc", "tba");
	private static final Pattern NAME_WORD = Pattern.compile("[A-Z][a-zA-Z'’-]+|van|Van|den|Den|de|De|von");
	private static final Pattern LINE_GOES_ON = Pattern.compile("(?i).*(?:[,&(]|\\b(?:of|and|the|for))$");

	private LeadReader() {
	}

	private record Piece(String separator, String text) {
	}

	public static List<Lead> read(String cell) {
		List<Lead> leads = new ArrayList<>();
		String text = rejoinBrokenWords(joinWrappedLines(cell.strip()));
		for (String part : outsideBrackets(text)) {
			if (part.isBlank()) {
				continue;
			}
			List<Lead> read = part(part.strip());
			Lead before = leads.isEmpty() ? null : leads.get(leads.size() - 1);
			if (before != null && before.kind() == Lead.Kind.PERSON && before.roles().isEmpty() && read.size() == 1
					&& read.get(0).kind() == Lead.Kind.ROLE && RoleTitles.isTitle(read.get(0).name())
					&& isPlausible(read.get(0).name()) && isOnePost(read.get(0).name())
					&& text.matches("(?s).*\\Q" + before.name() + "\\E\\s*/.*")) {
				// "Mark Hill/Director of Operations": the post of the person before the slash
				leads.set(leads.size() - 1, new Lead(Lead.Kind.PERSON, before.name(), List.of(read.get(0).name()), before.organisation()));
				continue;
			}
			leads.addAll(read);
		}
		leads.removeIf(lead -> !isPlausible(lead.name()));
		return leads;
	}

	/** True for one post ("Head of Housing"), not several ("Heads of Service"). */
	private static boolean isOnePost(String title) {
		// the post's noun: the last word before "of" ("Heads of Service", "Director of Operations"), else the last
		String[] words = title.toLowerCase(Locale.ROOT).split("\\s+of\\s+", 2)[0].strip().split("\\s+");
		String noun = words[words.length - 1];
		return Lead.singular(noun).equals(noun);
	}

	private static final Pattern POST_FIRST = Pattern.compile(
			"(?i)(?:head|heads|service|director|assistant|deputy|principal|chief|manager|senior|team)\\b.*");
	private static final Pattern NOT_A_LEAD = Pattern.compile(
			"(?i).*[%=<>].*|[\\p{P}\\p{Z}\\p{N}]*|[-–•].*|.*\\.$|.*\\b(?:by|of|for|to|the|and|with)$|.*\\b(?:were|was|is|are|will|been|has|have)\\b.*");

	/**
	 * False for text a lead cell holds that names nobody: a target ("100% by March 2016"), a
	 * sentence, a fragment cut off mid-way ("Scrutiny of monthly data by"), a year or dashes.
	 */
	static boolean isPlausible(String name) {
		String text = name.strip();
		if (POST_FIRST.matcher(text).matches() || RoleTitles.expand(text.split("[\\s,]+")[0]) != null) {
			// a post, even with words the source spilled into the cell after it
			return true;
		}
		return !text.isEmpty() && text.split("\\s+").length <= 8 && !NOT_A_LEAD.matcher(text).matches()
				&& !DateReader.isDate(text);
	}

	/** The cell split at '/', ';' and line ends that are not inside brackets ("Jo Bloggs (HoS/SM)"). */
	private static List<String> outsideBrackets(String text) {
		List<String> parts = new ArrayList<>();
		Matcher m = HARD.matcher(text);
		int start = 0;
		while (m.find()) {
			String before = text.substring(start, m.start());
			if (before.chars().filter(c -> c == '(').count() <= before.chars().filter(c -> c == ')').count()) {
				parts.add(before);
				start = m.end();
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	/** Lines of a cell are leads of their own unless a line plainly goes on ("Head of\nService"). */
	private static String joinWrappedLines(String cell) {
		String[] lines = cell.split("\\s*\\R\\s*");
		StringBuilder out = new StringBuilder(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i];
			boolean goesOn = LINE_GOES_ON.matcher(out).matches() || !line.isEmpty()
					&& (Character.isLowerCase(line.charAt(0)) || line.startsWith("("));
			out.append(goesOn ? " " : "\n").append(line);
		}
		return out.toString();
	}

	private static List<Lead> part(String text) {
		// "HoS: Jo Bloggs", "Service Manager – Ann Lee and Raj Patel"
		Matcher first = ROLE_FIRST.matcher(text);
		if (first.matches() && LABELS.contains(first.group(1).toLowerCase(Locale.ROOT))) {
			return part(first.group(2));
		}
		if (first.matches() && !text.substring(first.end(1)).strip().startsWith(":") && RoleTitles.isTitle(first.group(2))
				&& !namesAPerson(first.group(2)) && names(first.group(1)) != null) {
			// "Jo Park – Head of Finance": the person, then the post ("…, ICB": and the partner they are of)
			Matcher partner = Pattern.compile("(.+),\\s*(\\S+)").matcher(first.group(2).strip());
			if (partner.matches() && classify(partner.group(2)) == Lead.Kind.PARTNER) {
				Lead of = Lead.of(Lead.Kind.PARTNER, partner.group(2));
				return people(names(first.group(1)), partner.group(1)).stream().map(p -> p.of(of)).toList();
			}
			return people(names(first.group(1)), first.group(2));
		}
		if (first.matches() && RoleTitles.isTitle(first.group(1))) {
			List<String> names = names(first.group(2));
			if (names != null) {
				return people(names, first.group(1));
			}
		}
		// "Ann Lee and Raj Patel, Service Managers"
		int comma = text.lastIndexOf(',');
		if (comma > 0 && RoleTitles.isTitle(text.substring(comma + 1)) && !namesAPerson(text.substring(comma + 1))) {
			List<String> names = names(text.substring(0, comma));
			if (names != null && names.size() > 1 && isOnePost(text.substring(comma + 1).strip())) {
				// "Sam Ode and Lee Grant, Housing Manager": one post, the last name's; the others named alone
				List<Lead> leads = new ArrayList<>();
				names.subList(0, names.size() - 1).forEach(name -> leads.add(Lead.of(Lead.Kind.PERSON, name)));
				leads.addAll(people(names.subList(names.size() - 1, names.size()), text.substring(comma + 1)));
				return leads;
			}
			if (names != null) {
				return people(names, text.substring(comma + 1));
			}
		}
		List<Lead> leads = new ArrayList<>();
		int run = 0;
		for (Piece piece : softSplit(text)) {
			if (piece.text().isEmpty()) {
				continue;
			}
			Lead lead = lead(piece.text());
			// "Fiona Hill, CCG": the organisation of the names before it, which leads with them.
			if (lead.kind() == Lead.Kind.PARTNER && piece.separator().strip().equals(",") && run > 0) {
				for (int i = leads.size() - run; i < leads.size(); i++) {
					leads.set(i, leads.get(i).of(lead));
				}
			}
			// "Sarah Flint, Principal Social Worker and Ann Lee, HoS": the role of the names before it.
			if (lead.kind() == Lead.Kind.ROLE && piece.separator().strip().equals(",") && run > 0) {
				for (int i = leads.size() - run; i < leads.size(); i++) {
					leads.set(i, leads.get(i).with(roleOf(piece.text())));
				}
				run = 0;
				continue;
			}
			run = lead.kind() == Lead.Kind.PERSON && lead.roles().isEmpty() ? run + 1 : 0;
			leads.add(lead);
		}
		return leads;
	}

	/** The names in "Ann Lee and Raj Patel", or null when any of them is not a person's name. */
	private static List<String> names(String text) {
		List<String> names = new ArrayList<>();
		for (String name : SOFT.split(text.strip())) {
			if (classify(name) != Lead.Kind.PERSON || WITH_ROLE.matcher(name).matches()) {
				return null;
			}
			names.add(name);
		}
		return names;
	}

	/** True if a person is named among the leads of {@code text} ("Head of Commissioning & Joanne Price"). */
	private static boolean namesAPerson(String text) {
		for (String piece : SOFT.split(text.strip())) {
			if (classify(piece.strip()) == Lead.Kind.PERSON) {
				return true;
			}
		}
		return false;
	}

	/** The abbreviation that stands for a post ("Head of Service" → hos), or null. */
	public static String abbreviationOf(String title) {
		return RoleTitles.abbreviationOf(title);
	}

	private static List<Lead> people(List<String> names, String role) {
		return names.stream().map(name -> new Lead(Lead.Kind.PERSON, name, List.of(title(role)))).toList();
	}

	private static Lead roleOf(String role) {
		return new Lead(Lead.Kind.PERSON, "", List.of(title(role)));
	}

	private static Lead lead(String piece) {
		// "Kofi Mensah.", "Head of Service;": the punctuation ends the cell, not the name
		String trimmed = piece.replaceFirst("(?<=\\p{L})[.;:,]+$", "");
		String text = !trimmed.equals(piece) && (classify(trimmed) == Lead.Kind.PERSON
				|| RoleTitles.isTitle(trimmed) && trimmed.split("\\s+").length <= 6
				|| trimmed.matches("[A-Za-z&]{2,7}") && trimmed.chars().filter(Character::isUpperCase).count() >= 2)
						? trimmed : piece;
		Matcher m = WITH_ROLE.matcher(text);
		if (m.matches() && classify(m.group(1)) == Lead.Kind.PERSON) {
			Lead.Kind inside = classify(m.group(2));
			if ((inside == Lead.Kind.PARTNER || inside == Lead.Kind.TEAM) && RoleTitles.expand(m.group(2)) == null) {
				// "Joanne Price (ICB)": the person of an organisation
				return Lead.of(Lead.Kind.PERSON, m.group(1)).of(Lead.of(inside, m.group(2).strip()));
			}
			List<String> roles = new ArrayList<>();
			for (String role : m.group(2).split("\\s*[/,&]\\s*")) {
				roles.add(title(role));
			}
			return new Lead(Lead.Kind.PERSON, m.group(1), roles);
		}
		String expanded = RoleTitles.expand(text);
		if (expanded == null && classify(text) == Lead.Kind.TEAM && text.matches("(?i)the\\s+\\S.*")) {
			// "Raj Mehta and the Family Support Team": the team, without the article
			return Lead.of(Lead.Kind.TEAM, text.replaceFirst("(?i)^the\\s+", ""));
		}
		return expanded != null ? Lead.of(Lead.Kind.ROLE, expanded) : Lead.of(classify(text), text);
	}

	private static String title(String role) {
		String expanded = RoleTitles.expand(role);
		return expanded != null ? expanded : role.strip();
	}

	private static final Pattern BROKEN = Pattern.compile("(\\p{L}{3,}) ([a-z]{1,3})\\b");
	private static final Set<String> SHORT_WORDS = Set.of("of", "and", "the", "to", "in", "at", "by", "for", "or", "on",
			"a", "an", "as", "is", "van", "den", "der", "de", "von", "le", "la", "da", "di", "du", "bin", "al");

	/**
	 * Words a PDF broke at a line end ("Safeguardin g", "Permanenc y") joined again: only where
	 * the pieces make a word of the services and posts the importer knows and the first piece is
	 * none, so names in any format ("amy fox", "ben ng") stay as written.
	 */
	static String rejoinBrokenWords(String text) {
		Matcher m = BROKEN.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String tail = m.group(2);
			m.appendReplacement(out, Matcher.quoteReplacement(
					isBroken(m.group(1), tail) ? m.group(1) + tail : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean isBroken(String head, String tail) {
		String word = (head + tail).toLowerCase(Locale.ROOT);
		return !SHORT_WORDS.contains(tail) && !NOT_NAMES.contains(head.toLowerCase(Locale.ROOT))
				&& (NOT_NAMES.contains(word) || RoleTitles.hasRoleWord(word));
	}

	/**
	 * Splits at commas, '&' and 'and' only where a new lead starts (a person's name, a
	 * partner, or a role such as "Head of ..."), so "Director of Parenting, Fostering &amp;
	 * Adoption" stays whole; each piece keeps the separator before it.
	 */
	private static List<Piece> softSplit(String text) {
		List<Piece> result = new ArrayList<>();
		Matcher m = SOFT.matcher(text);
		int start = 0;
		String separator = "";
		StringBuilder current = new StringBuilder();
		while (m.find()) {
			current.append(text, start, m.start());
			String next = SOFT.split(text.substring(m.end()), 2)[0];
			if (splitsBetween(current.toString(), next)) {
				result.add(new Piece(separator, current.toString().strip()));
				separator = m.group();
				current.setLength(0);
			} else {
				current.append(m.group());
			}
			start = m.end();
		}
		current.append(text.substring(start));
		result.add(new Piece(separator, current.toString().strip()));
		return result;
	}

	private static boolean splitsBetween(String before, String next) {
		boolean personBefore = classify(before.strip()) == Lead.Kind.PERSON;
		return startsNewLead(next) && startsNewLead(before) || personBefore && RoleTitles.isTitle(next)
				|| personBefore && classify(next.strip()) == Lead.Kind.TEAM
				|| RoleTitles.isTitle(before) && classify(next.strip()) == Lead.Kind.PERSON;
	}

	private static boolean startsNewLead(String text) {
		String t = text.strip();
		if (t.isEmpty()) {
			return false;
		}
		Lead.Kind kind = classify(t);
		return kind == Lead.Kind.PERSON || kind == Lead.Kind.PARTNER || STARTS_LEAD.matcher(t).matches()
				|| t.matches("[A-Z&]{2,5}") || RoleTitles.expand(t) != null
				|| t.toLowerCase(Locale.ROOT).startsWith("heads of");
	}

	static Lead.Kind classify(String name) {
		Matcher withRole = WITH_ROLE.matcher(name.strip());
		if (withRole.matches() && classify(withRole.group(1)) == Lead.Kind.PERSON) {
			return Lead.Kind.PERSON;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		List<String> words = List.of(lower.split("[\\s:()]+"));
		if (words.stream().anyMatch(PARTNERS::contains) && words.size() <= 2) {
			return Lead.Kind.PARTNER;
		}
		if (RoleTitles.expand(name) != null || RoleTitles.hasRoleWord(lower)) {
			return Lead.Kind.ROLE;
		}
		if (words.stream().anyMatch(TEAM_WORDS::contains) || name.matches("[A-Z&]{2,5}")) {
			return Lead.Kind.TEAM;
		}
		String[] tokens = name.strip().split("\\s+");
		boolean looksLikeName = tokens.length >= 2 && tokens.length <= 5;
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			// "K. Mensah", "K Mensah": an initial before the surname
			boolean initial = i == 0 && tokens.length > 1 && token.matches("[A-Z]\\.?");
			looksLikeName &= initial
					|| NAME_WORD.matcher(token).matches() && !NOT_NAMES.contains(token.toLowerCase(Locale.ROOT));
		}
		return looksLikeName ? Lead.Kind.PERSON : Lead.Kind.ROLE;
	}
}

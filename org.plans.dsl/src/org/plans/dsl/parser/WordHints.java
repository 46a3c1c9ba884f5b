package org.plans.dsl.parser;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.plans.dsl.conversion.DateWords;

/** What to write instead of a word the language does not know: its own word, in lower case, or a date. */
final class WordHints {

	private static final Set<String> RAG = Set.of("red", "amber", "green", "blue");

	/** Words plans use for one of the language's words. */
	private static final Map<String, String> MEANT = Map.ofEntries(Map.entry("deadline", "due"), Map.entry("date", "due"),
			Map.entry("end", "due"), Map.entry("owner", "lead"), Map.entry("owners", "lead"),
			Map.entry("responsible", "lead"), Map.entry("officer", "lead"), Map.entry("leads", "lead"),
			Map.entry("comment", "note"), Map.entry("comments", "note"), Map.entry("notes", "note"),
			Map.entry("goal", "objective"), Map.entry("aim", "objective"), Map.entry("task", "action"),
			Map.entry("theme", "priority"), Map.entry("rag", "progress"), Map.entry("update", "progress"),
			Map.entry("weakness", "finding"), Map.entry("issue", "finding"), Map.entry("kpi", "measure"),
			Map.entry("deliverables", "deliverable"), Map.entry("risks", "risk"), Map.entry("begin", "start"),
			Map.entry("starts", "start"), Map.entry("budgets", "budget"), Map.entry("tag", "tags"));

	private WordHints() {
	}

	/** A sentence starting with a space, or the empty text: what {@code word} (followed by {@code next}) should be. */
	static String forWord(String word, String next, Set<String> keywords) {
		if (word == null || word.isEmpty()) {
			return "";
		}
		Optional<String> date = next == null ? Optional.empty() : DateWords.asWritten(word + " " + next);
		if (date.isPresent()) {
			return " Write the date as " + date.get() + ".";
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (!lower.equals(word) && RAG.contains(lower)) {
			return " RAG ratings are written in lower case: " + lower + ".";
		}
		if (!lower.equals(word) && keywords.contains(lower)) {
			return " The plan's words are written in lower case: write '" + lower + "'.";
		}
		String meant = MEANT.get(lower);
		return meant == null || !keywords.contains(meant) ? "" : " Did you mean '" + meant + "'?";
	}
}

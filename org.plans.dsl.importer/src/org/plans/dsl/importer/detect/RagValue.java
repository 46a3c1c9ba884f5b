package org.plans.dsl.importer.detect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RAG rating read from a cell's value, whatever its column is headed: "Amber", "A", "G",
 * "Amber - on track", "Green (complete)", "RAG: Red". The words after the rating are kept.
 */
public record RagValue(String rating, String words) {

	private static final Pattern WORD = Pattern.compile(
			"(?i)^(?:rag(?: rating| status)?\\s*[:=–-]\\s*)?(red|amber|green|blue)\\b\\s*[-–—:,;/(]*\\s*(.*?)\\)?\\s*$",
			Pattern.DOTALL);
	private static final Pattern LETTER = Pattern.compile("(?i)^([RAGB])\\s*(?:[-–—:(]\\s*(.*?)\\)?)?\\s*$", Pattern.DOTALL);

	/**
	 * A key that gives a letter of its own for complete: "C = complete", "C – Completed" beside
	 * the other ratings ("Key: R = off track, …") or a word saying it is a key.
	 */
	private static final Pattern KEY_COMPLETE = Pattern.compile(
			"(?i)(?<![\\p{L}\\p{N}])([B-FH-QS-Z])\\s*(?:=|:|–|—|-)\\s*(?:blue\\s*[(/,–-]?\\s*)?(?:complete|completed|closed|done|achieved)\\b");
	private static final Pattern KEY_WORDS = Pattern.compile(
			"(?i)\\b(?:key|rag|brag|ratings?|rated)\\b|(?<![\\p{L}\\p{N}])[RAG]\\s*(?:=|:|–|—|-)\\s*\\p{L}");

	/** The rating a cell's value gives; single letters ("A") only when {@code letters} (a RAG or status column). */
	public static Optional<RagValue> read(String cell, boolean letters) {
		return read(cell, letters, null);
	}

	/**
	 * The rating a cell's value gives; single letters only when {@code letters}, and
	 * {@code complete} (the letter the plan's key gives for complete, or null) as blue.
	 */
	public static Optional<RagValue> read(String cell, boolean letters, String complete) {
		String text = cell.strip();
		Matcher m = WORD.matcher(text);
		if (m.matches()) {
			return Optional.of(new RagValue(rating(m.group(1)), m.group(2).strip()));
		}
		if (letters && complete != null && text.equalsIgnoreCase(complete)) {
			return Optional.of(new RagValue("blue", ""));
		}
		m = LETTER.matcher(text);
		if (letters && m.matches()) {
			return Optional.of(new RagValue(rating(m.group(1)), m.group(2) == null ? "" : m.group(2).strip()));
		}
		return Optional.empty();
	}

	/** The letter a plan's key gives for complete ("C = complete" → "C"), or null when the text is no such key. */
	public static String completeLetter(String text) {
		Matcher m = KEY_COMPLETE.matcher(text);
		return m.find() && KEY_WORDS.matcher(text).find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
	}

	private static String rating(String word) {
		return switch (word.toLowerCase(Locale.ROOT).charAt(0)) {
		case 'r' -> "red";
		case 'a' -> "amber";
		case 'g' -> "green";
		default -> "blue";
		};
	}
}

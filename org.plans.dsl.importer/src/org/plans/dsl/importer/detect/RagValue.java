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

	/** The rating a cell's value gives; single letters ("A") only when {@code letters} (a RAG or status column). */
	public static Optional<RagValue> read(String cell, boolean letters) {
		String text = cell.strip();
		Matcher m = WORD.matcher(text);
		if (m.matches()) {
			return Optional.of(new RagValue(rating(m.group(1)), m.group(2).strip()));
		}
		m = LETTER.matcher(text);
		if (letters && m.matches()) {
			return Optional.of(new RagValue(rating(m.group(1)), m.group(2) == null ? "" : m.group(2).strip()));
		}
		return Optional.empty();
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

package org.plans.dsl.importer.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a line of PDF text to the line before it. A word is joined across the break only where
 * the PDF cut it: a soft hyphen, or a hyphen after a letter before a lower-case letter ("long-" +
 * "term" is "long-term"). Two words are never run together, however the PDF spaced them.
 */
final class PdfText {

	/** A line that starts a new item: a bullet, a dash or a number such as "2." or "b)". */
	private static final Pattern ITEM = Pattern.compile("^([-•·▪○*]|\\d{1,2}[.)]|[a-z][.)])\\s.*");

	/** A field's label at the start of a piece of a line: "Lead:", "By when:", "Target date:". */
	private static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}'’]*(?: [\\p{L}'’]+){0,3}\\s?:(?:\\s.*|$)",
			Pattern.DOTALL);

	private PdfText() {
	}

	/**
	 * True if the pieces of a line, far apart, are labelled fields: two or more labels, each piece
	 * a label with its words, or the words of the label-only piece before it ("Lead:", "Ana Lima").
	 */
	static boolean isFieldLine(List<String> pieces) {
		if (pieces.size() < 2) {
			return false;
		}
		int labels = 0;
		boolean valueDue = false;
		for (String piece : pieces) {
			String text = piece.strip();
			if (LABEL.matcher(text).matches()) {
				labels++;
				valueDue = text.endsWith(":");
			} else if (valueDue) {
				valueDue = false;
			} else {
				return false;
			}
		}
		return labels >= 2;
	}

	/**
	 * Lines of a table cell: the layout wrapped them, so they join with a space, unless the line
	 * before ends with a colon or the next starts an item (a new line then).
	 */
	static String cell(String before, String after) {
		String head = before.stripTrailing();
		String tail = after.strip();
		String word = word(head, tail);
		if (word != null) {
			return word;
		}
		if (head.isEmpty() || tail.isEmpty()) {
			return head + tail;
		}
		boolean newLine = head.endsWith(":") || ITEM.matcher(tail).matches();
		return head + (newLine ? "\n" : " ") + tail;
	}

	/** Lines of a paragraph: a sentence cut mid-way goes on with a space, anything else is a new line. */
	static String paragraph(String before, String after) {
		String word = word(before.stripTrailing(), after.strip());
		return word != null ? word : CellText.joinWrapped(before, after);
	}

	/** The word a PDF cut at the end of {@code head}, joined again; null when it did not cut one. */
	private static String word(String head, String tail) {
		if (tail.isEmpty() || !Character.isLetter(tail.charAt(0))) {
			return null;
		}
		if (head.endsWith("\u00ad")) {
			return head.substring(0, head.length() - 1) + tail;
		}
		if (head.length() > 1 && head.endsWith("-") && Character.isLetter(head.charAt(head.length() - 2))
				&& Character.isLowerCase(tail.charAt(0))) {
			return head + tail;
		}
		return null;
	}
}

package org.plans.dsl.resource;

/**
 * How one edit moved the text around it, for readers that keep positions in the text before it
 * (the issues of kept findings): what ends before the edit stays where it was; what starts on a
 * line after the edit's last line moves by {@code chars} characters and {@code lines} lines and
 * keeps its column. {@code from} and {@code to} are the file's text versions before and after the
 * edit ({@link PlansResource#textVersion}). {@code inPlace}: one element was replaced by one in its
 * place, so every object outside it keeps its place in its containers (its URI fragment) and its
 * node; the old element's text was from {@code replacedOffset} to {@code replacedEnd}.
 */
public record TextShift(int from, int to, int offset, int oldEnd, int lineBreakAfter, int chars, int lines,
		boolean inPlace, int replacedOffset, int replacedEnd) {

	/**
	 * The shift of replacing {@code before}'s {@code length} characters at {@code offset} with
	 * {@code text}; null where a carriage return might make or unmake a line break at its edges
	 * (line breaks are then not counted here).
	 */
	static TextShift of(String before, int offset, int length, String text, int from, int to, ReplacedElement inPlace) {
		int oldEnd = offset + length;
		if (offset < 0 || oldEnd > before.length() || offset > 0 && before.charAt(offset - 1) == '\r'
				|| text.indexOf('\r') >= 0 || indexOf(before, '\r', offset, oldEnd) >= 0) {
			return null;
		}
		int lines = count(text, 0, text.length()) - count(before, offset, oldEnd);
		boolean known = inPlace != null && inPlace.oldOffset() >= 0;
		return new TextShift(from, to, offset, oldEnd, lineBreakAt(before, oldEnd), text.length() - length, lines,
				inPlace != null, known ? inPlace.oldOffset() : 0, known ? inPlace.oldEnd() : Integer.MAX_VALUE);
	}

	/**
	 * Whether an object whose node started at {@code nodeOffset} (before the edit) was outside the
	 * replaced element (its node starts before the element's or after its end), so that the edit left
	 * it, its node and its place as they were.
	 */
	public boolean outsideReplaced(int nodeOffset) {
		return inPlace && (nodeOffset < replacedOffset || nodeOffset > replacedEnd);
	}

	/** Whether text that ends at {@code end} (in the text before the edit) ends before the edit: it did not move. */
	public boolean endsBefore(int end) {
		return end < offset;
	}

	/**
	 * Whether text that starts at {@code start} (in the text before the edit) starts on a line after
	 * the edit's last line, not at its line break: it moved by {@link #chars} and {@link #lines}, columns kept.
	 */
	public boolean startsOnLaterLine(int start) {
		return lineBreakAfter < Integer.MAX_VALUE - 1 && start > lineBreakAfter + 1;
	}

	/** The first line break (line feed or carriage return) at or after {@code from}; {@code Integer.MAX_VALUE} if none. */
	private static int lineBreakAt(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private static int count(String text, int from, int to) {
		int count = 0;
		for (int i = indexOf(text, '\n', from, to); i >= 0; i = indexOf(text, '\n', i + 1, to)) {
			count++;
		}
		return count;
	}

	/** The first {@code c} from {@code from} to before {@code to}; -1 if none (the rest of the text is not read). */
	private static int indexOf(String text, char c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == c) {
				return i;
			}
		}
		return -1;
	}
}

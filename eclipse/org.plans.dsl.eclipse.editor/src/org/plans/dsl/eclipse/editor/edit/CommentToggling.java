package org.plans.dsl.eclipse.editor.edit;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/**
 * Comments lines out with {@code //} or back in: when every non-blank line of the selection
 * starts with {@code //} they are uncommented, else all are commented.
 */
public final class CommentToggling {

	static final String PREFIX = "//";

	private CommentToggling() {
	}

	/** Toggles the lines the selection touches; returns the lines' region afterwards, to select it. */
	public static IRegion toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		if (last > first && document.getLineOffset(last) == offset + length) {
			last--;
		}
		boolean commented = true;
		for (int line = first; line <= last; line++) {
			String text = text(document, line).strip();
			if (!text.isEmpty() && !text.startsWith(PREFIX)) {
				commented = false;
			}
		}
		for (int line = last; line >= first; line--) {
			IRegion region = document.getLineInformation(line);
			String text = text(document, line);
			int indent = text.length() - text.stripLeading().length();
			if (commented) {
				int at = text.indexOf(PREFIX);
				if (at >= 0) {
					int remove = text.startsWith(PREFIX + " ", at) ? PREFIX.length() + 1 : PREFIX.length();
					document.replace(region.getOffset() + at, remove, "");
				}
			} else if (!text.isBlank()) {
				document.replace(region.getOffset() + indent, 0, PREFIX + " ");
			}
		}
		int start = document.getLineOffset(first);
		IRegion end = document.getLineInformation(last);
		return new Region(start, end.getOffset() + end.getLength() - start);
	}

	private static String text(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}

package org.plans.dsl.formatting2;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;

/**
 * A comment as the author wrote it: its text is never touched, a comment that starts its
 * own line keeps its own line (indented like the code around it) and a comment at the end
 * of a line stays there, as far from the code as the author put it. One blank line after a
 * comment is kept.
 */
class KeptComment extends CommentReplacer {

	KeptComment(IComment comment) {
		super(comment);
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		return context;
	}

	@Override
	public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
		IComment comment = getComment();
		if (leading != null && leading.getRegion().getOffset() > 0) {
			IHiddenRegionFormatting before = leading.getFormatting();
			before.setNoIndentation(false);
			if (startsLine(comment)) {
				before.setNewLinesMin(Math.max(1, orZero(before.getNewLineMin())));
				before.setNewLinesMax(Math.max(2, orZero(before.getNewLineMin())));
			} else {
				// a comment at the end of a line keeps its distance (authors align them)
				String space = leading.getRegion().getText();
				before.setNewLinesMin(0);
				before.setNewLinesDefault(0);
				before.setNewLinesMax(0);
				before.setSpace(space.isEmpty() ? " " : space);
			}
		}
		if (trailing != null) {
			IHiddenRegionFormatting after = trailing.getFormatting();
			boolean lineBreakAfter = trailing.getRegion().getText().contains("\n");
			if (comment.getText().endsWith("\n")) {
				// the comment's own line break counts as the first: keep one blank line after it
				if (lineBreakAfter) {
					after.setNewLinesMin(2);
					after.setNewLinesMax(2);
				}
			} else if (lineBreakAfter) {
				after.setNewLinesMin(Math.max(1, orZero(after.getNewLineMin())));
				after.setNewLinesMax(Math.max(2, orZero(after.getNewLineMin())));
			} else if (orZero(after.getNewLineMin()) == 0
					&& trailing.getRegion().getEndOffset() < comment.getTextRegionAccess().regionForDocument().getEndOffset()) {
				after.setSpace(" ");
			}
		}
	}

	/** True if only spaces or tabs stand between the start of the line and the comment. */
	private static boolean startsLine(IComment comment) {
		String text = comment.getTextRegionAccess().regionForDocument().getText();
		for (int i = comment.getOffset() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '\n') {
				return true;
			}
			if (c != ' ' && c != '\t' && c != '\r') {
				return false;
			}
		}
		return true;
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}

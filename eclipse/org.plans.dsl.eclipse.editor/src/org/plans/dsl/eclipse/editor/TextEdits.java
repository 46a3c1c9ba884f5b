package org.plans.dsl.eclipse.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** The IDE services' text edits (LSP ranges in the parsed text) applied to an editor's document. */
public final class TextEdits {

	private TextEdits() {
	}

	/** Applies the edits, last first, so that each range still means the text it was made for. */
	public static void apply(IDocument document, ParsedPlan plan, List<TextEdit> edits) throws BadLocationException {
		apply(document, plan.document(), edits);
	}

	/** Applies edits whose ranges are positions in {@code parsed}, the text the document held when they were made. */
	public static void apply(IDocument document, Document parsed, List<TextEdit> edits) throws BadLocationException {
		List<TextEdit> backwards = edits.stream()
				.sorted(Comparator.comparingInt((TextEdit e) -> parsed.getOffSet(e.getRange().getStart())).reversed())
				.toList();
		for (TextEdit edit : backwards) {
			int start = parsed.getOffSet(edit.getRange().getStart());
			int end = parsed.getOffSet(edit.getRange().getEnd());
			document.replace(start, end - start, edit.getNewText());
		}
	}
}

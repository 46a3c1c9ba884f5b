package org.plans.dsl.ide.quickfix;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** A fix as offsets in a file's text, for editors (as a {@link TextEdit}) and the command line alike. */
public record TextReplacement(int start, int end, String text) {

	TextEdit edit(Document document) {
		return new TextEdit(new Range(document.getPosition(start), document.getPosition(end)), text);
	}

	boolean overlaps(TextReplacement other) {
		return start < other.end && other.start < end;
	}
}

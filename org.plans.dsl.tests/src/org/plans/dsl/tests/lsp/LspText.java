package org.plans.dsl.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Positions, edits, ids and diagnostics of the texts the end-to-end tests send to the server. */
final class LspText {

	private LspText() {
	}

	/** The position {@code delta} characters into the first occurrence of {@code marker}. */
	static Position at(String text, String marker, int delta) {
		int index = text.indexOf(marker);
		assertTrue(index >= 0, "marker not found: " + marker);
		int offset = index + delta;
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** The text after applying non-overlapping edits. */
	static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> Integer.compare(offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart())));
		StringBuilder sb = new StringBuilder(text);
		for (TextEdit e : sorted) {
			sb.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
		}
		return sb.toString();
	}

	/** The edits of a workspace edit per document URI, whether the server sent changes or document changes. */
	static Map<String, List<TextEdit>> changes(WorkspaceEdit edit) {
		if (edit.getChanges() != null && !edit.getChanges().isEmpty()) {
			return edit.getChanges();
		}
		return edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
				.collect(Collectors.toMap(d -> d.getTextDocument().getUri(),
						d -> d.getEdits().stream().map(Either::getLeft).toList()));
	}

	static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
	}

	static String uri(Path file) {
		return file.toUri().toString();
	}

	static TextDocumentIdentifier id(Path file) {
		return new TextDocumentIdentifier(uri(file));
	}
}

package org.plans.dsl.eclipse.editor.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.ResourceOperation;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.TextEdits;

/** One quick fix the language offers: its label and the text edits of the document it fixes. */
public record PlanFix(String label, List<TextEdit> edits, ParsedPlan plan) {

	/** The edits of the workspace edit that are for the plan's own document. */
	static PlanFix of(String label, WorkspaceEdit edit, ParsedPlan plan) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			for (Map.Entry<String, List<TextEdit>> entry : edit.getChanges().entrySet()) {
				if (same(entry.getKey(), plan)) {
					edits.addAll(entry.getValue());
				}
			}
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
				if (change.isLeft() && same(change.getLeft().getTextDocument().getUri(), plan)) {
					change.getLeft().getEdits().stream().filter(Either::isLeft).map(Either::getLeft).forEach(edits::add);
				}
			}
		}
		return new PlanFix(label, edits, plan);
	}

	private static boolean same(String uri, ParsedPlan plan) {
		return PlanDocuments.sameFile(URI.createURI(uri), plan.resource().getURI());
	}

	/** Applies the edits to the document the plan was parsed from. */
	public void apply(IDocument document) throws BadLocationException {
		TextEdits.apply(document, plan, edits);
	}
}

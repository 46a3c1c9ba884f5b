package org.plans.dsl.eclipse.editor.edit;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;
import org.plans.dsl.eclipse.editor.TextEdits;

/**
 * Formats a plan document as {@code plans format} does (the language's formatting service):
 * a document with syntax errors is left as it is.
 */
public final class PlanFormatting {

	/** What formatting did. */
	public enum Outcome {
		FORMATTED, ALREADY_FORMATTED, SYNTAX_ERRORS
	}

	private PlanFormatting() {
	}

	public static Outcome format(IDocument document) throws BadLocationException {
		record Edits(List<TextEdit> edits, boolean syntaxErrors, ParsedPlan plan) {
		}
		Edits result = PlanDocuments.read(document, plan -> {
			boolean broken = plan.resource().getParseResult() == null || plan.resource().getParseResult().hasSyntaxErrors();
			DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(plan.uri()),
					new FormattingOptions(4, true));
			List<TextEdit> edits = broken ? List.of()
					: List.copyOf(PlansLanguage.get(FormattingService.class).format(plan.document(), plan.resource(),
							params, CancelIndicator.NullImpl));
			return new Edits(edits, broken, plan);
		});
		if (result.syntaxErrors()) {
			return Outcome.SYNTAX_ERRORS;
		}
		if (result.edits().isEmpty()) {
			return Outcome.ALREADY_FORMATTED;
		}
		TextEdits.apply(document, result.plan(), result.edits());
		return Outcome.FORMATTED;
	}
}

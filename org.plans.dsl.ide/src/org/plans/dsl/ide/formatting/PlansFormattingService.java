package org.plans.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Formatting as {@code plans format} does it: a file with syntax errors is left alone (the
 * formatter would lay out a broken tree and re-indent blocks wrongly), and an edit that would
 * write back the text already there is not sent (editors mark the buffer modified for it).
 */
public class PlansFormattingService extends FormattingService {

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params,
			CancelIndicator cancelIndicator) {
		return hasSyntaxErrors(resource) ? List.of()
				: changing(document, super.format(document, resource, params, cancelIndicator));
	}

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource,
			DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
		return hasSyntaxErrors(resource) ? List.of()
				: changing(document, super.format(document, resource, params, cancelIndicator));
	}

	private static boolean hasSyntaxErrors(XtextResource resource) {
		return resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
	}

	/** The edits that change the text. */
	private static List<TextEdit> changing(Document document, List<? extends TextEdit> edits) {
		return edits.stream().filter(e -> !document.getSubstring(e.getRange()).equals(e.getNewText()))
				.map(TextEdit.class::cast).toList();
	}
}

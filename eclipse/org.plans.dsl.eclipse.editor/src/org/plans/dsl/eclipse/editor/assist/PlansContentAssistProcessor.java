package org.plans.dsl.eclipse.editor.assist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/**
 * Content assist (Ctrl+Space) from the language's completion service: keywords, declared
 * people, roles, teams and partners with their titles, measures, snippets; names from the
 * project's other files too.
 */
public class PlansContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		if (!PlanDocuments.isPlan(document)) {
			return new ICompletionProposal[0];
		}
		return PlanDocuments.read(document, plan -> proposals(plan, offset)).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at an offset of a parsed plan. */
	public static List<ICompletionProposal> proposals(ParsedPlan plan, int offset) {
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(plan.uri()), plan.position(offset));
		CompletionList list = PlansLanguage.get(ContentAssistService.class).createCompletionList(plan.document(),
				plan.resource(), params, CancelIndicator.NullImpl);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			proposals.add(proposal(plan, offset, item));
		}
		return proposals;
	}

	private static ICompletionProposal proposal(ParsedPlan plan, int offset, CompletionItem item) {
		int start = offset;
		int end = offset;
		String newText = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			Range range = edit.getRange();
			start = plan.offset(range.getStart());
			end = plan.offset(range.getEnd());
			newText = edit.getNewText();
		}
		Snippets text = item.getInsertTextFormat() == InsertTextFormat.Snippet ? Snippets.of(newText)
				: new Snippets(newText, newText.length(), 0);
		String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel()
				: item.getLabel() + " - " + item.getDetail();
		String info = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft()
						: item.getDocumentation().getRight().getValue();
		return new CompletionProposal(text.text(), start, Math.max(0, end - start), text.selectionStart(), null, display,
				null, info);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}

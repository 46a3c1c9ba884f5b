package org.plans.dsl.eclipse.editor.assist;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/** Hovers from the plan's facts (the language's hover service): a person's role, an action's dates and RAG... */
public class PlansHoverProvider implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		IDocument document = viewer.getDocument();
		if (!PlanDocuments.isPlan(document)) {
			return null;
		}
		return PlanDocuments.read(document, plan -> hover(plan, region.getOffset()));
	}

	/** The hover text at an offset, or null. */
	public static String hover(ParsedPlan plan, int offset) {
		HoverParams params = new HoverParams(new TextDocumentIdentifier(plan.uri()), plan.position(offset));
		Hover hover = PlansLanguage.get(IHoverService.class).hover(plan.document(), plan.resource(), params,
				CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return null;
		}
		MarkupContent content = hover.getContents().getRight();
		return content.getValue() == null || content.getValue().isBlank() ? null : Markdown.plain(content.getValue());
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}

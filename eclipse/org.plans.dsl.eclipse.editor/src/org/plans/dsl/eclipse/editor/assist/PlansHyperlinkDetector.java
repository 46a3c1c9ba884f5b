package org.plans.dsl.eclipse.editor.assist;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.plans.dsl.eclipse.editor.ParsedPlan;
import org.plans.dsl.eclipse.editor.PlanDocuments;
import org.plans.dsl.eclipse.editor.PlansLanguage;

/** Go to definition (Ctrl+click, F3): a name to its declaration, in this file or another of the project. */
public class PlansHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer.getDocument();
		if (document == null || !PlanDocuments.isPlan(document)) {
			return null;
		}
		IHyperlink[] links = PlanDocuments.read(document, plan -> links(plan, region.getOffset()));
		return links.length == 0 ? null : links;
	}

	/** The declarations of the name at an offset, as hyperlinks over that name. */
	public static IHyperlink[] links(ParsedPlan plan, int offset) {
		List<? extends Location> locations = PlansLanguage.get(DocumentSymbolService.class).getDefinitions(
				plan.resource(), offset, new ResourceSetAccess(plan.resource().getResourceSet()),
				CancelIndicator.NullImpl);
		if (locations.isEmpty()) {
			return new IHyperlink[0];
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(plan.resource().getParseResult().getRootNode(), offset);
		IRegion word = leaf == null ? new Region(offset, 0) : new Region(leaf.getOffset(), leaf.getLength());
		return locations.stream().map(location -> new DeclarationLink(word, location)).toArray(IHyperlink[]::new);
	}
}

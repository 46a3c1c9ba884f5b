package org.plans.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Xtext's completion contexts, with the nodes at the cursor found by {@link LeafAtOffset}. */
public class PlansContentAssistContextFactory extends ContentAssistContextFactory {

	@Override
	protected void initializeNodeAndModelData() {
		rootNode = parseResult.getRootNode();
		if (parser instanceof IPartialEditingContentAssistParser partial) {
			partial.initializeFor(resource.getEntryPoint());
		}
		lastCompleteNode = new LeafAtOffset(completionOffset, true).searchIn(rootNode);
		if (lastCompleteNode == null) {
			lastCompleteNode = rootNode;
		}
		currentNode = new LeafAtOffset(completionOffset, false).searchIn(rootNode);
		if (currentNode == null) {
			currentNode = lastCompleteNode;
		}
		lastVisibleNode = getLastCompleteNodeByOffset(rootNode, completionOffset);
		datatypeNode = getContainingDatatypeRuleNode(lastCompleteNode);
		currentModel = NodeModelUtils.findActualSemanticObjectFor(lastVisibleNode);
	}
}

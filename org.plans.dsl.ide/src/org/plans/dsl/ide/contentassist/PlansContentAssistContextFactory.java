package org.plans.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Xtext's completion contexts, with the nodes at the cursor found by {@link LeafAtOffset}, and
 * what may follow the cursor found by parsing from the start of the element around it (an
 * action, a person, a priority) instead of from the start of the file: the content-assist
 * parser is generated with partial parsing (GeneratePlans.mwe2), and Xtext's
 * {@code EntryPointFinder} picks the element.
 */
public class PlansContentAssistContextFactory extends PartialContentAssistContextFactory {

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

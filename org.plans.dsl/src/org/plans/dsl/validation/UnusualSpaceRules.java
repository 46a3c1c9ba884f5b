package org.plans.dsl.validation;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.plans.dsl.parser.UnusualSpaces;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.rules.Rule;

/**
 * A non-breaking space (pasted from Word) or another character that looks like a space between
 * words: the language reads it as a space, so the plan means what it shows, but it is named as
 * one syntax error each ("A non-breaking space (U+00A0) ..."), so that the user knows what is
 * there and {@code plans format} writes ordinary spaces. Inside quoted text and comments it is text.
 */
public class UnusualSpaceRules extends PlanRules {

	@Check(CheckType.FAST)
	public void unusualSpaces(PlanFile file) {
		ICompositeNode root = NodeModelUtils.getNode(file);
		if (root == null) {
			return;
		}
		root = root.getRootNode();
		String text = root.getText();
		for (int at = UnusualSpaces.next(text, 0); at >= 0; at = UnusualSpaces.next(text, at + 1)) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, at);
			if (leaf != null && leaf.isHidden() && isWhiteSpace(leaf)) {
				getMessageAcceptor().acceptError(message(text.substring(at, at + 1)), file, at, 1, Rule.SYNTAX.code());
			}
		}
	}

	private static boolean isWhiteSpace(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof TerminalRule rule && "WS".equals(rule.getName());
	}

	static String message(String space) {
		String name = UnusualSpaces.name(space);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1)
				+ " between words: it looks like a space but is not an ordinary one. Write an ordinary space"
				+ " (plans format does it).";
	}
}

package org.plans.dsl.parser;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * An element that ends with its own closing brace (an action, objective or priority with a
 * body), as parsed: a syntax error between its braces cannot reach the text after it, which
 * the lexer and parser then read as before. {@code start} is the end of its first token,
 * {@code end} the start of its closing brace.
 */
record Block(ICompositeNode node, int start, int end) {

	/**
	 * The smallest block of the file {@code root} that holds {@code change} between its first
	 * token and its closing brace, with more than it between them; null if there is none.
	 */
	static Block around(ICompositeNode root, ReplaceRegion change) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, change.getOffset());
		for (ICompositeNode node = leaf == null ? null : leaf.getParent(); node != null && node != root; node = node.getParent()) {
			if (isBlock(node)) {
				int start = first(node).getTotalEndOffset();
				int end = last(node).getTotalOffset();
				if (start <= change.getOffset() && change.getEndOffset() <= end
						&& (start < change.getOffset() || change.getEndOffset() < end)) {
					return new Block(node, start, end);
				}
			}
		}
		return null;
	}

	/**
	 * The edit of all between the block's first token and its closing brace that {@code change},
	 * inside it, makes: Xtext then parses the block again, as the smallest element around it.
	 */
	ReplaceRegion inside(ReplaceRegion change) {
		String root = node.getRootNode().getText();
		String text = root.substring(start, change.getOffset()) + change.getText() + root.substring(change.getEndOffset(), end);
		return new ReplaceRegion(start, end - start, text);
	}

	/** The block's text once {@code change}, inside it, is made. */
	String textAfter(ReplaceRegion change) {
		StringBuilder text = new StringBuilder(node.getText());
		int start = change.getOffset() - node.getTotalOffset();
		text.replace(start, start + change.getLength(), change.getText());
		return text.toString();
	}

	/**
	 * Whether {@code parsed}, the text of a block parsed with {@code rule}, made a {@code rule}
	 * whose every syntax error lies after its first token and before or on its closing brace (on
	 * it: something missing before it, the brace still read as the block's own).
	 */
	static boolean holdsErrors(ICompositeNode parsed, Iterable<INode> errors, AbstractRule rule) {
		ILeafNode first = first(parsed);
		ILeafNode last = last(parsed);
		if (first == null || first == last || !closes(last, rule)) {
			return false;
		}
		for (INode error : errors) {
			if (error.getTotalOffset() < first.getTotalEndOffset() || error.getTotalEndOffset() > last.getTotalEndOffset()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isBlock(ICompositeNode node) {
		if (!(node.getGrammarElement() instanceof RuleCall call) || !(call.getRule() instanceof ParserRule rule)
				|| GrammarUtil.isDatatypeRule(rule) || rule.isFragment() || !rule.getParameters().isEmpty()) {
			return false;
		}
		ILeafNode first = first(node);
		ILeafNode last = last(node);
		return first != null && first != last && closes(last, rule);
	}

	private static boolean closes(ILeafNode leaf, AbstractRule rule) {
		return leaf != null && leaf.getGrammarElement() instanceof Keyword keyword
				&& "}".equals(keyword.getValue()) && GrammarUtil.containingRule(keyword) == rule;
	}

	/** The node's first token (not white space or a comment). */
	private static ILeafNode first(ICompositeNode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}

	/** The node's last token, found from its end. */
	private static ILeafNode last(ICompositeNode node) {
		for (INode each : node.getAsTreeIterable().reverse()) {
			if (each instanceof ILeafNode leaf && !leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}
}

package org.plans.dsl.ide.contentassist;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.antlr.EntryPointFinder;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Where completion's parse starts: the innermost element whose braces are around the cursor
 * (an action's, a priority's, a plan's details), so the parse covers that element only. Inside
 * its braces the element's rule cannot end, so what may follow the cursor is the same as a parse
 * from the start of the file finds. Xtext's own finder starts at the innermost rule and so misses
 * what may follow once that rule is complete (the next member, the closing brace). No element
 * (the cursor outside every block, or a syntax error in the block before the cursor): the whole
 * text up to the cursor is parsed, as before.
 */
public class EnclosingBlock extends EntryPointFinder {

	@Override
	public ICompositeNode findEntryPoint(IParseResult parseResult, int offset) {
		ICompositeNode root = parseResult.getRootNode();
		if (root == null || offset >= root.getTotalLength()) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		for (ICompositeNode node = leaf == null ? null : leaf.getParent(); node != null
				&& node != root; node = node.getParent()) {
			if (bracesAround(node, offset) && parsesAlike(node, offset)) {
				return node;
			}
		}
		return null;
	}

	/** A call of a parser rule whose own '{' ends before the cursor and whose '}' starts after it. */
	private static boolean bracesAround(ICompositeNode node, int offset) {
		if (!(node.getGrammarElement() instanceof RuleCall call) || !(call.getRule() instanceof ParserRule rule)
				|| GrammarUtil.isDatatypeRule(rule) || !call.getArguments().isEmpty()) {
			return false;
		}
		boolean opened = false;
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode brace && brace.getGrammarElement() instanceof Keyword keyword) {
				if ("{".equals(keyword.getValue()) && brace.getEndOffset() <= offset) {
					opened = true;
				} else if ("}".equals(keyword.getValue()) && brace.getOffset() >= offset) {
					return opened;
				}
			}
		}
		return false;
	}

	/**
	 * No syntax error in the element before the cursor (error recovery depends on the rules the
	 * parser is in), and the lookahead that chose the element ends before the cursor.
	 */
	private static boolean parsesAlike(ICompositeNode node, int offset) {
		int tokens = 0;
		BidiTreeIterator<INode> nodes = node.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode next = nodes.next();
			if (next.getTotalOffset() >= offset) {
				nodes.prune();
			} else if (next.getSyntaxErrorMessage() != null) {
				return false;
			} else if (next instanceof ILeafNode token && !token.isHidden()) {
				tokens++;
			}
		}
		return node.getLookAhead() <= tokens;
	}
}

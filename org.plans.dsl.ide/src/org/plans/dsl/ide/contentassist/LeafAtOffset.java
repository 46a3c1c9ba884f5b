package org.plans.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * The leaf at the cursor, as {@link LeafNodeFinder} finds it, without visiting every leaf before
 * the cursor: a subtree that ends before the cursor cannot hold the leaf and is skipped whole.
 * Xtext's finder walked the leaves from the start of the file, which was most of a completion's
 * time in a large plan.
 */
public class LeafAtOffset extends LeafNodeFinder {

	private final int offset;

	public LeafAtOffset(int offset, boolean leading) {
		super(offset, leading);
		this.offset = offset;
	}

	/** The first leaf that matches and the run of matching leaves after it; the last of that run. */
	@Override
	protected ILeafNode searchInChildren(ICompositeNode node) {
		ILeafNode found = null;
		BidiTreeIterator<INode> nodes = node.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode next = nodes.next();
			if (next instanceof ICompositeNode) {
				if (found == null && next.getTotalEndOffset() < offset) {
					nodes.prune();
				}
			} else if (matchesSearchCriteria(next)) {
				found = (ILeafNode) next;
			} else if (found != null) {
				break;
			}
		}
		// the node matched, and its leaves cover its text without gaps: one matches unless it has none
		return found;
	}
}

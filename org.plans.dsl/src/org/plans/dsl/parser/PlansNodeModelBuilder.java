package org.plans.dsl.parser;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.AbstractNode;
import org.eclipse.xtext.nodemodel.impl.CompositeNode;
import org.eclipse.xtext.nodemodel.impl.LeafNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;

/**
 * Xtext's node model builder, except that after partial parsing it numbers again only the
 * leaves from the new node on: each leaf's offset is the sum of the lengths before it, so the
 * leaves before the replaced node keep theirs, and Xtext's walk of the whole model (every
 * leaf of a large file, on every edit) is cut to the new node and what follows it.
 */
public class PlansNodeModelBuilder extends NodeModelBuilder {

	private static final MethodHandle SET_TOTAL_OFFSET = totalOffsetSetter();

	@Override
	public void replaceAndTransferLookAhead(INode oldNode, INode newRootNode) {
		INode newNode = ((ICompositeNode) newRootNode).getFirstChild();
		ILeafNode firstOld = firstLeaf(oldNode);
		if (SET_TOTAL_OFFSET == null || firstOld == null || !(newNode instanceof CompositeNode)
				|| !(oldNode instanceof CompositeNode)) {
			super.replaceAndTransferLookAhead(oldNode, newRootNode);
			return;
		}
		int offset = firstOld.getTotalOffset();
		replaceWithoutChildren((CompositeNode) oldNode, (CompositeNode) newNode);
		setLookAhead((CompositeNode) newNode, ((ICompositeNode) oldNode).getLookAhead());
		offset = renumber(newNode, offset);
		for (INode node = newNode; node != null; node = node.getParent()) {
			for (INode sibling = node.getNextSibling(); sibling != null; sibling = sibling.getNextSibling()) {
				offset = renumber(sibling, offset);
			}
		}
	}

	/** Gives the leaves of {@code node} consecutive offsets from {@code offset}; the offset after them. */
	private static int renumber(INode node, int offset) {
		int next = offset;
		for (BidiTreeIterator<AbstractNode> nodes = ((AbstractNode) node).basicIterator(); nodes.hasNext();) {
			if (nodes.next() instanceof LeafNode leaf) {
				try {
					SET_TOTAL_OFFSET.invokeExact(leaf, next);
				} catch (Throwable impossible) {
					throw new IllegalStateException(impossible);
				}
				next += leaf.getTotalLength();
			}
		}
		return next;
	}

	private static ILeafNode firstLeaf(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf;
		}
		for (ILeafNode leaf : ((ICompositeNode) node).getLeafNodes()) {
			return leaf;
		}
		return null;
	}

	/** {@code LeafNode.basicSetTotalOffset}, which Xtext keeps to its own package; null if it cannot be reached. */
	private static MethodHandle totalOffsetSetter() {
		try {
			return MethodHandles.privateLookupIn(LeafNode.class, MethodHandles.lookup())
					.findVirtual(LeafNode.class, "basicSetTotalOffset", MethodType.methodType(void.class, int.class))
					.asType(MethodType.methodType(void.class, LeafNode.class, int.class));
		} catch (ReflectiveOperationException | SecurityException | IllegalArgumentException unreachable) {
			return null;
		}
	}
}

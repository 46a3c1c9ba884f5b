package org.plans.dsl.ide;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** A model element exactly as the author wrote it, e.g. "15%" or "£350", on one line. */
public final class SourceText {

	private SourceText() {
	}

	public static String of(EObject obj) {
		ICompositeNode node = obj == null ? null : NodeModelUtils.findActualNodeFor(obj);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}

package org.plans.dsl.parser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * A file's parse whose syntax errors are all in one block, the one parsed again with them kept
 * ({@link PlansPartialParsingHelper}): its errors are looked for in that block only, not in every
 * node of the file (Xtext's walk on each edit, once a file has an error).
 */
final class KeptErrors extends ParseResult {

	private final ICompositeNode block;

	KeptErrors(EObject root, ICompositeNode rootNode, ICompositeNode block) {
		super(root, rootNode, true);
		this.block = block;
	}

	@Override
	public Iterable<INode> getSyntaxErrors() {
		List<INode> errors = new ArrayList<>();
		for (INode node : block.getAsTreeIterable()) {
			if (node.getSyntaxErrorMessage() != null) {
				errors.add(node);
			}
		}
		return errors;
	}

	/** The text from the first syntax error to the end of the last. */
	ITextRegion region() {
		ITextRegion region = null;
		for (INode error : getSyntaxErrors()) {
			ITextRegion at = new TextRegion(error.getTotalOffset(), error.getTotalLength());
			region = region == null ? at : region.merge(at);
		}
		return region == null ? new TextRegion(block.getTotalOffset(), 0) : region;
	}
}

package org.plans.dsl.formatting2;

import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.formatting2.regionaccess.internal.NodeModelBasedRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.plans.dsl.parser.UnusualSpaces;

/**
 * Xtext's region access, except that white space holding a non-breaking (or other unusual) space,
 * which the grammar reads as white space, is white space to the formatter too. Xtext took hidden
 * text with a character that is not {@link Character#isWhitespace} for a comment and kept it,
 * with a space either side; now the formatter writes one ordinary space there.
 */
public class SpacesAreWhiteSpace extends TextRegionAccessBuilder {

	private NodeModelBasedRegionAccessBuilder nodeModel;

	@Override
	public TextRegionAccessBuilder forNodeModel(XtextResource resource) {
		nodeModel = new NodeModelBasedRegionAccessBuilder() {
			@Override
			protected boolean isComment(ILeafNode leaf) {
				return super.isComment(leaf) && !onlySpaces(leaf.getText());
			}
		}.withResource(resource);
		return this;
	}

	@Override
	public ITextRegionAccess create() {
		return nodeModel != null ? nodeModel.create() : super.create();
	}

	private static boolean onlySpaces(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && UnusualSpaces.SPACES.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}
}

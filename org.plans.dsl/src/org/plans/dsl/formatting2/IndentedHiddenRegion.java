package org.plans.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;

/**
 * Whitespace with comments in it: comments right after an opening brace or right before a
 * closing brace belong inside the block, so they get the block's indentation.
 */
class IndentedHiddenRegion extends HiddenRegionReplacer {

	IndentedHiddenRegion(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		Integer increase = getFormatting().getIndentationIncrease();
		Integer decrease = getFormatting().getIndentationDecrease();
		if (increase != null) {
			((WhitespaceReplacer) replacers.get(0)).getFormatting().setIndentationIncrease(increase);
		}
		if (decrease != null) {
			((WhitespaceReplacer) replacers.get(replacers.size() - 1)).getFormatting().setIndentationDecrease(decrease);
		}
	}
}

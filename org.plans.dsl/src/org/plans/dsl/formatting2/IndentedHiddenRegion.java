package org.plans.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * Whitespace with comments in it, indented the way a reader expects: comments right after
 * an opening brace or right before a closing brace are inside the block; comments after the
 * end of a wrapped declaration are back at the declaration's level.
 */
class IndentedHiddenRegion extends HiddenRegionReplacer {

	IndentedHiddenRegion(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		IHiddenRegionFormatting first = ((WhitespaceReplacer) replacers.get(0)).getFormatting();
		IHiddenRegionFormatting last = ((WhitespaceReplacer) replacers.get(replacers.size() - 1)).getFormatting();
		Integer increase = getFormatting().getIndentationIncrease();
		if (increase != null) {
			first.setIndentationIncrease(increase);
		}
		Integer decrease = getFormatting().getIndentationDecrease();
		if (decrease != null) {
			ISemanticRegion next = getRegion().getNextSemanticRegion();
			boolean closesBlock = next != null && "}".equals(next.getText());
			int early = closesBlock ? decrease - 1 : decrease;
			if (early > 0) {
				first.setIndentationDecrease(early);
			}
			if (closesBlock) {
				last.setIndentationDecrease(1);
			}
		}
	}
}

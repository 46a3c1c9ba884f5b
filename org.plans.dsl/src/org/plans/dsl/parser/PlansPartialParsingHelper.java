package org.plans.dsl.parser;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.ParseResult;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;
import org.eclipse.xtext.parser.impl.PartialParsingPointers;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Xtext's partial parsing, except that a syntax error in the edited element no longer makes it
 * parse the whole file again. Xtext parses again the smallest element around an edit and, if
 * that text has a syntax error, gives up and parses the file: while an author types a word
 * that is not finished yet, every keystroke in a large plan cost a whole parse, link and check.
 * Here the text of the smallest block around the edit (an element between its own braces,
 * {@link Block}) is parsed instead, and kept if its errors stay between its braces; else the next
 * block out, and the whole file only when no block holds the errors. The next edit then looks
 * for the file's errors in that block only ({@link KeptErrors}).
 */
public class PlansPartialParsingHelper extends PartialParsingHelper {

	@Override
	public IParseResult reparse(IParser parser, IParseResult previous, ReplaceRegion change) {
		BlockParser blocks = new BlockParser(parser);
		IParseResult result = super.reparse(blocks, previous, change);
		return blocks.keptErrors(result);
	}

	/**
	 * As Xtext's, where the region to parse again takes in every syntax error of the file; where
	 * they are is known for a file whose errors are in a block kept with them ({@link KeptErrors}).
	 */
	@Override
	public PartialParsingPointers calculatePartialParsingPointers(IParseResult previous, int offset, int length) {
		if (!(previous instanceof KeptErrors kept)) {
			return super.calculatePartialParsingPointers(previous, offset, length);
		}
		ITextRegion region = new TextRegion(offset, length).merge(kept.region());
		return super.calculatePartialParsingPointers(new ParseResult(previous.getRootASTElement(), previous.getRootNode(), false),
				region.getOffset(), region.getLength());
	}

	@Override
	protected IParseResult fullyReparse(IParser parser, IParseResult previous, ReplaceRegion change) {
		ICompositeNode root = previous.getRootNode();
		if (parser instanceof BlockParser blocks) {
			Block block = change.getEndOffset() <= root.getTotalLength() ? Block.around(root, change) : null;
			if (block == null) {
				return super.fullyReparse(blocks.plain(), previous, change);
			}
			ReplaceRegion inside = block.inside(change);
			blocks.expect(block.textAfter(change), NodeModelUtils.getLineAndColumn(root, block.node().getTotalOffset()).getLine() - 1);
			return PlansTokenRegionProvider.from(block.node().getTotalOffset(), () -> super.reparse(blocks, previous, inside));
		}
		return super.fullyReparse(parser, previous, change);
	}
}

package org.plans.dsl.parser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.AbstractParseResult;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.common.io.CharStreams;

/**
 * The parser as partial parsing sees it during one edit ({@link PlansPartialParsingHelper}): the
 * parse of the block it {@link #expect expects} passes for one without syntax errors when its
 * errors stay inside the block ({@link Block#holdsErrors}), so that Xtext puts it in place of
 * the old block instead of parsing the file; the errors are given back after, found in that block
 * ({@link #keptErrors}).
 */
final class BlockParser implements IParser {

	private final IParser parser;

	private String expected;

	private int linesBefore;

	private IParseResult kept;

	private ICompositeNode keptBlock;

	BlockParser(IParser parser) {
		this.parser = parser;
	}

	IParser plain() {
		return parser;
	}

	/** The next parse of exactly {@code text}, which starts after {@code lines} lines of the file, may keep errors inside its block. */
	void expect(String text, int lines) {
		expected = text;
		linesBefore = lines;
	}

	/** {@code result}, with its syntax errors again if they were hidden to keep it (all in the block kept). */
	IParseResult keptErrors(IParseResult result) {
		return result == kept ? new KeptErrors(result.getRootASTElement(), result.getRootNode(), keptBlock) : result;
	}

	@Override
	public IParseResult parse(RuleCall call, Reader reader, int lookAhead) {
		if (expected == null) {
			return parser.parse(call, reader, lookAhead);
		}
		String text = read(reader);
		IParseResult result = OpenBlocks.after(linesBefore, () -> parser.parse(call, new StringReader(text), lookAhead));
		if (text.equals(expected) && result.hasSyntaxErrors() && result instanceof AbstractParseResult parsed
				&& result.getRootASTElement() != null && result.getRootNode().getFirstChild() instanceof ICompositeNode
				&& Block.holdsErrors(result.getRootNode(), result.getSyntaxErrors(), call.getRule())) {
			parsed.setHasErrors(false);
			kept = result;
			keptBlock = (ICompositeNode) result.getRootNode().getFirstChild();
		}
		expected = null;
		return result;
	}

	@Override
	public IParseResult parse(ParserRule rule, Reader reader) {
		return parser.parse(rule, reader);
	}

	@Override
	public IParseResult parse(Reader reader) {
		return parser.parse(reader);
	}

	@Override
	public IParseResult reparse(IParseResult previous, ReplaceRegion change) {
		return parser.reparse(previous, change);
	}

	private static String read(Reader reader) {
		try {
			return CharStreams.toString(reader);
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}

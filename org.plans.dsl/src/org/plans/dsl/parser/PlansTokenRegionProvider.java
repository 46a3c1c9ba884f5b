package org.plans.dsl.parser;

import java.util.function.Supplier;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * Widens an edited region to whole tokens, as Xtext's does, but lexing from a token boundary
 * the caller knows lies before the edit ({@link #from}) instead of from the start of the file:
 * an edit in the middle of a large file no longer lexes the first half of it again. Before that
 * boundary the text did not change, so the tokens from there on are those a lexer started at
 * the beginning would find.
 */
public class PlansTokenRegionProvider extends TokenRegionProvider {

	private static final ThreadLocal<Integer> FROM = new ThreadLocal<>();

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	/** Runs {@code update} with {@code boundary} as a token start before every region it widens (within it, another). */
	public static <T> T from(int boundary, Supplier<T> update) {
		Integer outer = FROM.get();
		FROM.set(boundary);
		try {
			return update.get();
		} finally {
			if (outer == null) {
				FROM.remove();
			} else {
				FROM.set(outer);
			}
		}
	}

	@Override
	public ITextRegion getTokenRegion(String text, ITextRegion region) {
		Integer from = FROM.get();
		if (from == null || from <= 0 || from > region.getOffset() || from > text.length()) {
			return super.getTokenRegion(text, region);
		}
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text.substring(from)));
		int regionStart = region.getOffset() - from;
		int regionEnd = region.getEndOffset() - from;
		int start = 0;
		int end = 0;
		Token token = lexer.nextToken();
		for (; token != Token.EOF_TOKEN && end <= regionStart; token = lexer.nextToken()) {
			start = ((CommonToken) token).getStartIndex();
			end = ((CommonToken) token).getStopIndex() + 1;
		}
		for (; token != Token.EOF_TOKEN && end < regionEnd; token = lexer.nextToken()) {
			end = ((CommonToken) token).getStopIndex() + 1;
		}
		if (start == regionStart && end == regionEnd) {
			return region;
		}
		return new TextRegion(start + from, end - start);
	}
}

package org.plans.dsl.parser;

import java.util.Iterator;
import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.plans.dsl.parser.antlr.PlansParser;
import org.plans.dsl.parser.antlr.internal.InternalPlansParser;

/**
 * The plans parser, reading the tokens of {@link TokensAhead} when the text was lexed ahead, and
 * reporting the words it reads past ({@link StrayWordsParser}).
 */
public class PlansParserWithTokensAhead extends PlansParser {

	@Override
	protected InternalPlansParser createParser(XtextTokenStream stream) {
		return new StrayWordsParser(stream, getGrammarAccess());
	}

	@Override
	protected TokenSource createLexer(CharStream stream) {
		List<Token> tokens = TokensAhead.take(stream);
		return tokens == null ? super.createLexer(stream) : new Replay(stream, tokens.iterator());
	}

	/**
	 * Hands out the tokens lexed ahead, each pointed at the parser's copy of the text so that the
	 * lexer's copy can go. A lexer to Xtext's token stream, which then takes the whole text from
	 * {@link #getCharStream()} in one piece instead of joining (and keeping) every token's text.
	 */
	private static final class Replay extends Lexer {

		private final Iterator<Token> tokens;

		Replay(CharStream text, Iterator<Token> tokens) {
			super(text);
			this.tokens = tokens;
		}

		@Override
		public Token nextToken() {
			if (!tokens.hasNext()) {
				return Token.EOF_TOKEN;
			}
			Token token = tokens.next();
			if (token instanceof CommonToken common) {
				common.setInputStream(input);
			}
			return token;
		}

		@Override
		public void mTokens() {
			throw new UnsupportedOperationException("the tokens were lexed ahead");
		}

		@Override
		public String getSourceName() {
			return "tokens lexed ahead";
		}
	}
}

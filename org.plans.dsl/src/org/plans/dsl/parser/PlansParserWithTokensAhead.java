package org.plans.dsl.parser;

import java.util.Iterator;
import java.util.List;

import org.antlr.runtime.CharStream;
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
		return tokens == null ? super.createLexer(stream) : new Replay(tokens.iterator());
	}

	private record Replay(Iterator<Token> tokens) implements TokenSource {

		@Override
		public Token nextToken() {
			return tokens.hasNext() ? tokens.next() : Token.EOF_TOKEN;
		}

		@Override
		public String getSourceName() {
			return "tokens lexed ahead";
		}
	}
}

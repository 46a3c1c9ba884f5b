package org.plans.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.plans.dsl.parser.antlr.internal.InternalPlansLexer;

/** The plans lexer, making {@link TokenWithoutText}s: the same tokens, without a copy of their text each. */
final class LexerOfTokensWithoutText extends InternalPlansLexer {

	LexerOfTokensWithoutText(CharStream input) {
		super(input);
	}

	@Override
	public Token emit() {
		Token token = new TokenWithoutText(input, state.type, state.channel, state.tokenStartCharIndex,
				getCharIndex() - 1);
		token.setLine(state.tokenStartLine);
		token.setText(state.text);
		token.setCharPositionInLine(state.tokenStartCharPositionInLine);
		emit(token);
		return token;
	}
}

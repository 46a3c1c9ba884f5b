package org.plans.dsl.parser;

import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.parser.antlr.internal.InternalPlansParser;
import org.plans.dsl.services.PlansGrammarAccess;

/**
 * The plans parser that reports a word it reads past ({@code StrayWords} in the grammar) as one
 * syntax error, unless the parser has just reported an error at that word or resumed there after one.
 */
class StrayWordsParser extends InternalPlansParser {

	private final EObject strayWord;
	private int lastErrorAt = -1;

	StrayWordsParser(TokenStream input, PlansGrammarAccess grammar) {
		super(input, grammar);
		strayWord = grammar.getStrayWordsAccess().getIDTerminalRuleCall_0();
	}

	@Override
	public void reportError(RecognitionException e) {
		if (!state.errorRecovery && e.token != null) {
			lastErrorAt = e.token.getTokenIndex();
		}
		super.reportError(e);
	}

	/** Where recovery from an error resumes belongs to that error: a stray word there is not another. */
	@Override
	public void recover(IntStream stream, RecognitionException e) {
		super.recover(stream, e);
		lastErrorAt = input.LT(1) == null ? -1 : input.LT(1).getTokenIndex();
	}

	@Override
	protected void newLeafNode(Token token, EObject grammarElement) {
		if (grammarElement == strayWord && token != null && token.getTokenIndex() != lastErrorAt) {
			UnwantedTokenException stray = new UnwantedTokenException(Token.INVALID_TOKEN_TYPE, input);
			stray.token = token;
			stray.index = token.getTokenIndex();
			stray.line = token.getLine();
			stray.charPositionInLine = token.getCharPositionInLine();
			reportError(stray);
		}
		super.newLeafNode(token, grammarElement);
	}
}

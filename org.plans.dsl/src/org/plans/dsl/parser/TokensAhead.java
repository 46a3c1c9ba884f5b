package org.plans.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;

/**
 * Plan texts split into tokens ahead of parsing. The command line does this on its main
 * thread while another thread sets up the language (which parsing needs and lexing does not);
 * {@link PlansParserWithTokensAhead} then parses from these tokens instead of lexing again.
 * A text whose lexing found an error is not kept: the parser lexes it and reports the error.
 */
public final class TokensAhead {

	private static final Map<String, List<Token>> BY_TEXT = new ConcurrentHashMap<>();

	private TokensAhead() {
	}

	/** Splits {@code text} into tokens and keeps them for its parse. */
	public static void lex(String text) {
		LexerOfTokensWithoutText lexer = new LexerOfTokensWithoutText(new ANTLRStringStream(text));
		List<Token> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			if (token.getType() == Token.INVALID_TOKEN_TYPE) {
				return;
			}
			tokens.add(token);
		}
		BY_TEXT.put(text, tokens);
	}

	/** Whether tokens are kept for {@code text}: lexed and not parsed yet. */
	public static boolean isKept(String text) {
		return BY_TEXT.containsKey(text);
	}

	/** The tokens kept for the text of {@code in}, once; null when there are none. */
	static List<Token> take(CharStream in) {
		if (BY_TEXT.isEmpty()) {
			return null;
		}
		return BY_TEXT.remove(in.substring(0, in.size() - 1));
	}
}

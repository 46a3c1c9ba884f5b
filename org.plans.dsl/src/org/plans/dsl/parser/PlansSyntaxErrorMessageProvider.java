package org.plans.dsl.parser;

import java.util.Set;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.plans.dsl.rules.Rule;

import com.google.inject.Inject;

/**
 * Turns parser errors into plain English: what was expected after the word the author
 * wrote last, instead of ANTLR's token names.
 */
public class PlansSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final String UNCLOSED_TEXT = "A text has no closing double quote (\"). Close it, "
			+ "or write \\\" for a double quote inside the text.";

	private static final String SYNTAX_ERROR = Rule.SYNTAX.code();

	@Inject
	private IGrammarAccess grammar;

	private Set<String> keywords;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		if (e == null || !(e.input instanceof TokenStream)) {
			return new SyntaxErrorMessage(plain(context.getDefaultMessage()), SYNTAX_ERROR);
		}
		Token found = e instanceof UnwantedTokenException unwanted ? unwanted.getUnexpectedToken() : e.token;
		String foundText = describe(found);
		String unusual = found == null ? null : UnusualSpaces.name(found.getText());
		if (unusual != null) {
			return new SyntaxErrorMessage(Character.toUpperCase(unusual.charAt(0)) + unusual.substring(1)
					+ " is not expected here: it looks like a space but is not one. Write an ordinary space (or nothing).",
					SYNTAX_ERROR);
		}
		if (found != null && found.getText() != null && found.getText().startsWith("\"") && found.getText().length() == 1) {
			return new SyntaxErrorMessage(UNCLOSED_TEXT, SYNTAX_ERROR);
		}
		TokenStream tokens = (TokenStream) e.input;
		String previous = previousWord(tokens, e.index);
		String expected = ExpectedAfter.describe(previous);
		String hint = found == null ? "" : WordHints.forWord(found.getText(), wordAfter(tokens, found), keywords());
		if (expected != null) {
			return new SyntaxErrorMessage("Expected " + expected + " after '" + previous + "', but found " + foundText + "."
					+ hint, SYNTAX_ERROR);
		}
		String inside = ExpectedAfter.insideBlock(context.getCurrentContext());
		String open = OpenBlocks.describe(context.getCurrentContext());
		if (found == null || found.getType() == Token.EOF) {
			String missing = e instanceof MismatchedTokenException m && m.expecting > 0
					&& m.expecting < context.getTokenNames().length ? context.getTokenNames()[m.expecting] : null;
			return new SyntaxErrorMessage("The file ends too early" + (missing == null ? "" : ": " + missing + " is missing")
					+ ". " + (open == null ? "Check that every '{' has a matching '}'." : open), SYNTAX_ERROR);
		}
		if (open != null && OpenBlocks.startsABlock(found.getText())) {
			hint = hint + " " + open;
		}
		if (inside != null) {
			return new SyntaxErrorMessage(foundText + " is not expected here." + hint + " " + inside, SYNTAX_ERROR);
		}
		return new SyntaxErrorMessage(foundText + " is not expected here." + hint, SYNTAX_ERROR);
	}

	/** Problems with a value as written ({@code 31/12/2024}, text in curly quotes): the converter says what to write. */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), SYNTAX_ERROR);
	}

	private Set<String> keywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		}
		return keywords;
	}

	/** The text of the first word after {@code token}, or null. */
	private static String wordAfter(TokenStream tokens, Token token) {
		for (int i = token.getTokenIndex() + 1; i > 0 && i < tokens.size(); i++) {
			Token next = tokens.get(i);
			if (next.getChannel() == Token.DEFAULT_CHANNEL) {
				return next.getType() == Token.EOF ? null : next.getText();
			}
		}
		return null;
	}

	private static String describe(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "the end of the file";
		}
		String text = token.getText();
		if (text == null) {
			return "nothing";
		}
		if (text.length() > 40) {
			text = text.substring(0, 37) + "...";
		}
		return "'" + text.replace("\n", " ") + "'";
	}

	/** The last word before the error that is not white space or a comment. */
	private static String previousWord(TokenStream tokens, int index) {
		for (int i = Math.min(index, tokens.size()) - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				return token.getText();
			}
		}
		return null;
	}

	private static String plain(String message) {
		if (message == null) {
			return "This line could not be read.";
		}
		if (message.startsWith("mismatched character") && message.contains("expecting '\"'")) {
			return UNCLOSED_TEXT;
		}
		if (message.startsWith("mismatched character")) {
			return "This character cannot be used here. Put free text in double quotes.";
		}
		return message.replace("RULE_STRING", "text in double quotes").replace("RULE_ID", "an id")
				.replace("RULE_INT", "a number").replace("RULE_DATE", "a date").replace("EOF", "the end of the file");
	}

}

package org.plans.dsl.formatting2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.plans.dsl.parser.UnusualSpaces;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats the whole text of one plan file with {@link PlansFormatter}: what {@code plans
 * format} and the tests use. Every line ends the way most lines of the file already end
 * ({@code \n}, {@code \r\n} or {@code \r}). Only whitespace ever changes.
 */
public class PlanFormatting {

	/** One step of indentation inside a block. */
	public static final String INDENTATION = "    ";

	/** A syntax error that keeps a file from being formatted; line and column count from 1. */
	public record SyntaxError(int line, int column, String message) {
	}

	/** The formatted text, or the syntax errors that prevented formatting. */
	public record Result(String text, List<SyntaxError> syntaxErrors) {
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<IFormatter2> formatters;

	/** Parses {@code text} (the content of a file named {@code fileName}) and formats it. */
	public Result format(String text, String fileName) {
		String ending = dominantLineEnding(text);
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		XtextResource resource = parse(lines, fileName);
		List<SyntaxError> errors = resource.getErrors().stream()
				.map(e -> new SyntaxError(e.getLine(), e.getColumn(), e.getMessage())).toList();
		if (!errors.isEmpty()) {
			return new Result(text, errors);
		}
		String formatted = format(resource).replace("\n", ending);
		if (!withoutWhitespace(formatted).equals(withoutWhitespace(text))) {
			throw new IllegalStateException("The formatter would change more than whitespace in " + fileName
					+ "; the file is left as it is. Please report this.");
		}
		return new Result(formatted, List.of());
	}

	/** Parses {@code text} alone, without linking. */
	public XtextResource parse(String text, String fileName) {
		XtextResourceSet resourceSet = resourceSets.get();
		String name = fileName.endsWith(".plan") ? fileName : fileName + ".plan";
		Resource resource = resourceSet.createResource(URI.createURI("format:/" + URI.encodeSegment(name, false)));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (XtextResource) resource;
	}

	/** The formatted text of {@code resource}, which must have no syntax errors. */
	public String format(XtextResource resource) {
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
		preferences.put(FormatterPreferenceKeys.lineSeparator, lineSeparatorOf(access.regionForDocument().getText()));
		preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
		FormatterRequest request = requests.get().setTextRegionAccess(access).setPreferences(preferences)
				.setExceptionHandler(e -> {
					throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
				});
		List<ITextReplacement> replacements = formatters.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}

	/**
	 * The line ending most lines of {@code text} end with ({@code \n}, {@code \r\n} or a lone
	 * {@code \r}; {@code \n} for a tie or one line): the formatted text ends every line so.
	 */
	public static String dominantLineEnding(String text) {
		int crlf = 0;
		int lf = 0;
		int cr = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				crlf++;
				i++;
			} else if (c == '\r') {
				cr++;
			} else if (c == '\n') {
				lf++;
			}
		}
		if (crlf > lf && crlf >= cr) {
			return "\r\n";
		}
		return cr > lf && cr > crlf ? "\r" : "\n";
	}

	/** {@code \r\n} if the text uses it, else {@code \n}. */
	public static String lineSeparatorOf(String text) {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}

	/** The text without any whitespace: formatting must never change it. */
	public static String withoutWhitespace(String text) {
		// the grammar's white space includes the non-breaking and other unusual spaces (UnusualSpaces)
		return text.replaceAll("[\\s" + UnusualSpaces.SPACES + "]+", "");
	}
}

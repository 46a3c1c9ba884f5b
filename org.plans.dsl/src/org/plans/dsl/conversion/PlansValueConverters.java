package org.plans.dsl.conversion;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Value conversion for the plans language's own data types. One per injector, as Xtext's own
 * converters are: each instance reads the grammar to register its converters (a fifth of
 * loading many small files when every resource made its own).
 */
@Singleton
public class PlansValueConverters extends DefaultTerminalConverters {

	@Inject
	private TagConverter tagConverter;

	@Inject
	private TextConverter textConverter;

	@Inject
	private DateConverter dateConverter;

	@Inject
	private NumberConverter numberConverter;

	/** Quoted text; continuation lines lose the indentation they share, as in a Java text block. */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return textConverter;
	}

	/** A tag is written as an id ({@code workforce}) or as quoted text ({@code "recruitment drive"}). */
	@ValueConverter(rule = "Tag")
	public IValueConverter<String> Tag() {
		return tagConverter;
	}

	/**
	 * A date as written: 2019-12-31, 2019-12, 2019-Q3, 2019/20, 2022/23-Q2, 2015-autumn or 2019.
	 * Written back only in one of those forms (whether the date exists is validation's concern).
	 */
	@ValueConverter(rule = "DateValue")
	public IValueConverter<String> DateValue() {
		return dateConverter;
	}

	/** A number, with thousands written with commas or not: 48,000 or 48000; written back plain. */
	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> Number() {
		return numberConverter;
	}

	public static class NumberConverter extends AbstractValueConverter<BigDecimal> {

		@Override
		public BigDecimal toValue(String string, INode node) throws ValueConverterException {
			if (string == null || string.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(string.replace(",", ""));
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number", node, null);
			}
		}

		@Override
		public String toString(BigDecimal value) {
			return value == null ? null : value.toPlainString();
		}
	}

	public static class DateConverter extends AbstractValueConverter<String> {

		private static final Pattern WRITTEN = Pattern.compile(
				"\\d{4}(-\\d{2}(-\\d{2})?|-[Qq][1-4]|/\\d{2}(-[Qq][1-4])?|-(spring|summer|autumn|winter))?");

		@Override
		public String toValue(String string, INode node) {
			Optional<String> written = string == null ? Optional.empty() : DateWords.fromSlashes(string);
			if (written.isPresent()) {
				throw new ValueConverterWithValueException("Write the date as " + written.get()
						+ " (year, month, day), not " + string + ".", node, written.get(), null);
			}
			return string;
		}

		@Override
		public String toString(String value) throws ValueConverterException {
			if (value == null || !WRITTEN.matcher(value).matches()) {
				throw new ValueConverterException("'" + value
						+ "' is not written as a date: use 2019-12-31, 2019-12, 2019-Q3, 2019/20, 2022/23-Q2, 2015-autumn or 2019",
						null, null);
			}
			return value;
		}
	}

	public static class TextConverter extends STRINGValueConverter {

		@Override
		public String toValue(String string, INode node) {
			if (string != null && !string.startsWith("\"")) {
				String straight = "\"" + string.substring(1, string.length() - 1) + "\"";
				throw new ValueConverterWithValueException(
						"Use straight double quotes (\") around text, not curly ones (\u201C \u201D) as word processors write.",
						node, TextBlocks.dedent(super.toValue(straight, node)), null);
			}
			return TextBlocks.dedent(super.toValue(string, node));
		}

		/**
		 * Text as a plan author writes it: only {@code \} and {@code "} escaped, line breaks and
		 * tabs kept (a multi-line text stays multi-line), a carriage return as {@code \r} and
		 * other control characters as {@code \}{@code uXXXX}. Reads back to the same value,
		 * except where every continuation line starts with white space: that indentation is
		 * the block's, and reading drops it.
		 */
		@Override
		protected String toEscapedString(String value) {
			StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
				case '\\' -> sb.append("\\\\");
				case '"' -> sb.append("\\\"");
				case '\r' -> sb.append("\\r");
				case '\n', '\t' -> sb.append(c);
				default -> {
					if (c < 0x20 || c == 0x7f) {
						sb.append(String.format("\\u%04x", (int) c));
					} else {
						sb.append(c);
					}
				}
				}
			}
			return sb.append('"').toString();
		}
	}

	public static class TagConverter extends AbstractValueConverter<String> {

		@Inject
		private DefaultTerminalConverters terminals;

		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			if (string != null && string.startsWith("\"")) {
				return TextBlocks.dedent(terminals.STRING().toValue(string, node));
			}
			return terminals.ID().toValue(string, node);
		}

		@Override
		public String toString(String value) throws ValueConverterException {
			if (value != null && value.matches("[a-zA-Z_][a-zA-Z_0-9-]*")) {
				return terminals.ID().toString(value);
			}
			return terminals.STRING().toString(value);
		}
	}
}

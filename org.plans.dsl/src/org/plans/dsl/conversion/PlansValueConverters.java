package org.plans.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Value conversion for the plans language's own data types. */
public class PlansValueConverters extends DefaultTerminalConverters {

	@Inject
	private TagConverter tagConverter;

	@Inject
	private TextConverter textConverter;

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

	public static class TextConverter extends org.eclipse.xtext.conversion.impl.STRINGValueConverter {

		@Override
		public String toValue(String string, INode node) {
			return TextBlocks.dedent(super.toValue(string, node));
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

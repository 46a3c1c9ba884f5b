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

	/** A tag is written as an id ({@code workforce}) or as quoted text ({@code "recruitment drive"}). */
	@ValueConverter(rule = "Tag")
	public IValueConverter<String> Tag() {
		return tagConverter;
	}

	public static class TagConverter extends AbstractValueConverter<String> {

		@Inject
		private DefaultTerminalConverters terminals;

		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			if (string != null && string.startsWith("\"")) {
				return terminals.STRING().toValue(string, node);
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

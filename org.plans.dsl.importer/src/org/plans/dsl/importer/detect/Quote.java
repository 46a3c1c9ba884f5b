package org.plans.dsl.importer.detect;

import org.eclipse.xtext.conversion.IValueConverterService;

import com.google.inject.Inject;

/**
 * Text written as a quoted string of the plans language, by the language's own value
 * converter for {@code STRING}, so that the plan reads back to the same text.
 */
public final class Quote {

	private final IValueConverterService converters;

	@Inject
	public Quote(IValueConverterService converters) {
		this.converters = converters;
	}

	public String text(String text) {
		return converters.toString(text, "STRING");
	}
}

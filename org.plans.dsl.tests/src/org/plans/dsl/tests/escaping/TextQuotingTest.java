package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * The language's own quoting of text ({@code IValueConverterService.toString(value, "STRING")},
 * which the importer and the serializer use): whatever the text, the plan reads back to it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TextQuotingTest {

	@Inject
	private IValueConverterService converters;

	@Inject
	private PlanLoader loader;

	@ParameterizedTest
	@ValueSource(strings = { "say \"hi\"", "back\\slash", "trailing backslash\\", "\\\"", "\"", "two\nlines",
			"three\nplain\nlines", "crlf\r\nline", "cr\ronly", "tab\there", "\u0000nul \u0007bell \u001b[31m \u007f",
			"it's", "\\u0041 written out", "\\n written out", "<script>alert(1)</script>", "€ £ 😀 \u2028", "" })
	void readsBackAsTheSameText(String text) {
		String quoted = converters.toString(text, "STRING");
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("q.plan", "plan q " + quoted + " {\n    issued 2024-01\n}\n"));
		assertEquals(List.of(), TestFiles.errors(loaded), quoted);
		assertEquals(text, PlanFacts.of(loaded.resourceSet()).get(0).title(), quoted);
	}

	@Test
	void writesTextAsAnAuthorWould() {
		assertEquals("\"Children's services: \\\"good\\\" \\\\ better\"",
				converters.toString("Children's services: \"good\" \\ better", "STRING"));
		assertEquals("\"one\ntwo\tthree\\r\\u0000\"", converters.toString("one\ntwo\tthree\r\u0000", "STRING"));
	}
}

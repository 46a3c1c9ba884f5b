package org.plans.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/**
 * A non-breaking space pasted from Word (and its cousins that look like a space) separates words
 * as a space does, and is named in one error each, not shown as "' ' is not expected here"
 * (issue 19); formatting writes ordinary spaces; names made from text treat it as a space.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
class UnusualSpacesTest {

	@Inject
	private PlanLoader loader;

	@Inject
	private PlanFormatting formatting;

	private List<Issue> syntaxErrors(String text) {
		return loader.loadTexts(Map.of("test.plan", text)).issues().stream()
				.filter(i -> i.getSeverity() == Severity.ERROR && Rule.SYNTAX.code().equals(i.getCode())).toList();
	}

	private List<Issue> errors(String text) {
		return loader.loadTexts(Map.of("test.plan", text)).issues().stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "person\u00a0a \"A\"", "person a\u00a0\"A\"" })
	void aNonBreakingSpaceInADeclarationIsNamed(String line) {
		List<Issue> errors = errors("plan p \"P\"\n" + line + "\n");
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(Rule.SYNTAX.code(), errors.get(0).getCode());
		String message = errors.get(0).getMessage();
		assertEquals("A non-breaking space (U+00A0) between words: it looks like a space but is not an ordinary one."
				+ " Write an ordinary space (plans format does it).", message);
		assertEquals(2, errors.get(0).getLineNumber());
		assertEquals(line.indexOf('\u00a0') + 1, errors.get(0).getColumn());
	}

	/** It separates words as a space does: the lead is found, and the one error is the space's. */
	@Test
	void aNonBreakingSpaceAfterAKeywordInsideABlockIsNamed() {
		List<Issue> errors = errors("plan p \"P\"\nperson a \"A\"\npriority 1 \"One\" {\n    action 1.1 \"Do it\" {\n"
				+ "        lead\u00a0a\n        due\u00a02025-01\n    }\n}\n");
		assertEquals(List.of(5, 6), errors.stream().map(Issue::getLineNumber).toList(), errors.toString());
		assertTrue(errors.stream().allMatch(e -> e.getMessage().startsWith("A non-breaking space (U+00A0) between words")),
				errors.toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u202f", "\u200b", "\u3000", "\u2007", "\ufeff" })
	void otherInvisibleSpacesAreNamedToo(String space) {
		List<Issue> errors = errors("plan p \"P\"\nperson" + space + "a \"A\"\n");
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).getMessage().matches("An? [a-z -]+ \\(U\\+[0-9A-F]{4}\\) between words: .*"),
				errors.get(0).getMessage());
	}

	/** A character that looks like nothing and is no space (a left-to-right mark) is named in the parse error. */
	@Test
	void anInvisibleCharacterThatIsNoSpaceIsNamed() {
		List<Issue> errors = syntaxErrors("plan p \"P\"\nperson\u200ea \"A\"\n");
		assertTrue(errors.get(0).getMessage().startsWith("An invisible character (U+200E) is not expected here"),
				errors.toString());
	}

	@Test
	void formattingWritesOrdinarySpaces() {
		PlanFormatting.Result result = formatting.format("plan p \"P\"\nperson\u00a0a\u202f\"Ana\u00a0Patel\"\n", "p.plan");
		assertEquals(List.of(), result.syntaxErrors());
		assertEquals("plan p \"P\"\nperson a \"Ana\u00a0Patel\"\n", result.text());
	}

	@Test
	void inTextANonBreakingSpaceIsKept() {
		List<Issue> errors = syntaxErrors("plan p \"P\"\nperson a \"Ana\u00a0Patel\"\n");
		assertEquals(List.of(), errors);
	}

	@Test
	void namesMadeFromTextTreatItAsASpace() {
		assertEquals(FileNames.safe("Ana Patel"), FileNames.safe("Ana\u00a0Patel"));
		assertEquals(FileNames.words("Publish the plan"), FileNames.words("Publish\u00a0the\u202fplan"));
	}
}

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
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** Syntax errors read as plain English, point at the right line, and do not cascade. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class SyntaxErrorMessagesTest {

	@Inject
	private PlanLoader loader;

	private List<Issue> syntaxErrors(String text) {
		return loader.loadTexts(Map.of("test.plan", text)).issues().stream()
				.filter(i -> i.getSeverity() == Severity.ERROR && Rule.SYNTAX.code().equals(i.getCode())).toList();
	}

	private static final String HEAD = "plan p \"P\"\nperson a \"A\"\npriority 1 \"One\" {\n    action 1.1 \"Do it\" {\n        lead a\n";

	@Test
	void missingDateAfterDue() {
		List<Issue> errors = syntaxErrors(HEAD + "        due soon\n    }\n}\n");
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("Expected a date such as 2019-12, 'from 2019-05', 'ongoing', 'quarterly' or 'tbc' after 'due', "
				+ "but found 'soon'.", errors.get(0).getMessage());
		assertEquals(6, errors.get(0).getLineNumber());
		assertEquals(13, errors.get(0).getColumn());
	}

	@Test
	void unknownWordInsideAnAction() {
		List<Issue> errors = syntaxErrors(HEAD + "        deadline 2019-12\n    }\n}\n");
		assertTrue(errors.size() >= 1, errors.toString());
		assertTrue(errors.get(0).getMessage().startsWith(
				"'deadline' is not expected here. Did you mean 'due'? An action may contain: lead, start, due"),
				errors.get(0).getMessage());
		assertEquals(6, errors.get(0).getLineNumber());
	}

	@Test
	void missingLeadId() {
		List<Issue> errors = syntaxErrors(HEAD.replace("lead a", "lead") + "        due 2019-12\n    }\n}\n");
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).getMessage().startsWith("Expected the id of a declared person, role, team or partner"),
				errors.get(0).getMessage());
	}

	@Test
	void unclosedText() {
		List<Issue> errors = syntaxErrors("plan p \"P\nperson a \"A\"\n");
		assertTrue(errors.size() >= 1, errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("double quote")), errors.toString());
	}

	@Test
	void missingClosingBrace() {
		List<Issue> errors = syntaxErrors(HEAD + "        due 2019-12\n    }\n");
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).getMessage().contains("'}'"), errors.get(0).getMessage());
	}

	/** One mistake in one action leaves the rest of the plan readable: a single error, later actions intact. */
	@Test
	void oneMistakeDoesNotCascade() {
		StringBuilder text = new StringBuilder("plan p \"P\"\nperson a \"A\"\npriority 1 \"One\" {\n");
		for (int i = 1; i <= 20; i++) {
			text.append("    action 1.").append(i).append(" \"Step ").append(i).append("\" {\n        lead a\n");
			text.append(i == 3 ? "        due 2019-1x\n" : "        due 2019-12\n");
			text.append("        progress 2019-06 green \"ok\"\n    }\n");
		}
		text.append("}\n");
		List<Issue> errors = syntaxErrors(text.toString());
		assertTrue(errors.size() <= 2, "expected at most two errors for one mistake, got " + errors);
		assertEquals(16, errors.get(0).getLineNumber());
	}

	private List<Issue> allIssues(String text) {
		return loader.loadTexts(Map.of("test.plan", text)).issues().stream().filter(i -> i.getSeverity() != Severity.INFO).toList();
	}

	private static final String PLAN = "plan p \"P\"\nperson a \"A\"\nmeasure m \"M\" unit count\n"
			+ "priority 1 \"One\" {\n    action 1.1 \"Do it\" {\n        lead a\n        due 2019-12\n"
			+ "        target m >= 10 by 2019-12\n        progress 2019-06 green \"ok\"\n    }\n"
			+ "    action 1.2 \"Then this\" {\n        lead a\n        due 2019-12\n    }\n}\n";

	/** The plan above with one mistake gives exactly one finding, the syntax error, whose message says what to write. */
	private void assertOneError(String mistake, String correct, int line, String message) {
		assertTrue(PLAN.contains(correct), correct);
		assertEquals(List.of(), allIssues(PLAN), "the plan without the mistake is clean");
		List<Issue> issues = allIssues(PLAN.replace(correct, mistake));
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Rule.SYNTAX.code(), issues.get(0).getCode(), issues.toString());
		assertEquals(line, issues.get(0).getLineNumber(), issues.toString());
		assertTrue(issues.get(0).getMessage().contains(message), issues.get(0).getMessage());
	}

	@Test
	void anUnknownWordIsReadPast() {
		assertOneError("update 2019-06 green \"ok\"", "progress 2019-06 green \"ok\"", 9, "Did you mean 'progress'?");
	}

	@Test
	void aRagInCapitals() {
		assertOneError("progress 2019-06 Green \"ok\"", "progress 2019-06 green \"ok\"", 9,
				"RAG ratings are written in lower case: green.");
	}

	@Test
	void aKeywordInCapitals() {
		assertOneError("Progress 2019-06 green \"ok\"", "progress 2019-06 green \"ok\"", 9, "write 'progress'");
	}

	@Test
	void aDateWithTheDayFirst() {
		assertOneError("due 31/12/2019\n        target", "due 2019-12\n        target", 7, "Write the date as 2019-12-31");
	}

	@Test
	void textInCurlyQuotes() {
		assertOneError("action 1.2 \u201CThen this\u201D", "action 1.2 \"Then this\"", 11, "Use straight double quotes");
	}

	@Test
	void thousandsWithCommasAreNumbers() {
		assertEquals(List.of(), allIssues(PLAN.replace(">= 10 by", ">= 1,000 by")));
	}

	@Test
	void aMonthInWordsAfterDue() {
		assertOneError("due Dec 2019\n        target", "due 2019-12\n        target", 7, "Write the date as 2019-12.");
	}

	/** An unknown word between declarations: the declarations after it are still read (no "no priorities"). */
	@Test
	void anUnknownDeclarationIsReadPast() {
		assertOneError("weakness \"Assessments\"\npriority 1", "priority 1", 4, "'weakness' is not expected here.");
	}

	@Test
	void aMissingBraceNamesTheBlockLeftOpen() {
		assertOneError("progress 2019-06 green \"ok\"\n\n", "progress 2019-06 green \"ok\"\n    }\n", 11,
				"Action 1.1, opened on line 5, has no closing '}'.");
		List<Issue> atEnd = syntaxErrors(PLAN.substring(0, PLAN.length() - 2));
		assertEquals(1, atEnd.size(), atEnd.toString());
		assertTrue(atEnd.get(0).getMessage().contains("Priority 1, opened on line 4, has no closing '}'."), atEnd.toString());
	}
}

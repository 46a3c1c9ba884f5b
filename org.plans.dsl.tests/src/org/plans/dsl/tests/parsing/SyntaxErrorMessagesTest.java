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
		assertTrue(errors.get(0).getMessage().startsWith("'deadline' is not expected here. An action may contain: lead, start, due"),
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
}

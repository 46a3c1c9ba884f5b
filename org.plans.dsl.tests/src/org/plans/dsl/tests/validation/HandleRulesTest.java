package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plans.dsl.rules.Rule;

/** PLAN-109: a handle is one token of the platform's characters, whatever the platform. */
public class HandleRulesTest extends ValidationTestBase {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = { //
			"gitlab | 'x\\n/close'", "gitlab | 'two words'", "gitlab | '-dash'", "gitlab | 'ends.'", "gitlab | ''",
			"gitlab | 'a@b'", "github | 'a_b'", "github | '-2+3'", "github | 'a--b'",
			"github | '1234567890123456789012345678901234567890'", "jira | '=cmd'", "jira | 'j doe'",
			"jira | 'x\\t'", "redmine | '+r'", "redmine | 'a b'", "azure | 'Jo Doe\\n/close'", "azure | ' Jo'",
			"azure | 'Jo\\u0007'" })
	void aHandleThePlatformWouldNotTakeIsAnError(String kind, String handle) {
		List<Issue> issues = handleIssues(kind, handle);
		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals(Rule.Level.ERROR.word(), issue.getSeverity().name().toLowerCase(java.util.Locale.ROOT));
		assertEquals(2, issue.getLineNumber());
		assertTrue(issue.getMessage().startsWith("The " + kind + " handle \""), issue.getMessage());
		assertTrue(!issue.getMessage().contains("\n"), "the message shows a line break as \\n: " + issue.getMessage());
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = { "gitlab | sarah.flint", "gitlab | _bot-1", "gitlab | A.b_c-d", "github | sflint",
			"github | a-b-c", "github | 123456789012345678901234567890123456789", "jira | 557058:f58131cb-b67d-43c7",
			"jira | jo.doe@example.org", "jira | 5b10ac8d82e05b22cc7d4ef5", "redmine | jdoe", "redmine | j.doe@x",
			"azure | Jo Doe <jo.doe@example.org>", "azure | jo.doe@example.org", "email | 'any thing'" })
	void aHandleThePlatformTakesPasses(String kind, String handle) {
		assertEquals(List.of(), handleIssues(kind, handle));
	}

	private List<Issue> handleIssues(String kind, String handle) {
		String text = "plan demo\nperson sjs \"Sarah\" " + kind + " \"" + handle.replace("\"", "\\\"") + "\"\n"
				+ "priority 1 \"P\" { lead sjs action 1.1 \"A\" { due 2025-03 } }\n";
		return loader.loadTexts(Map.of("demo.plan", text)).issues().stream()
				.filter(i -> Rule.INVALID_HANDLE.code().equals(i.getCode())).toList();
	}
}

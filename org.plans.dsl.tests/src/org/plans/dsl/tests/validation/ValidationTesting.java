package org.plans.dsl.tests.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.loading.PlanLoader;

/** Short forms of what a validation found, for assertions that show what went wrong. */
final class ValidationTesting {

	private ValidationTesting() {
	}

	/** "PLAN-105 WARNING file:3" for every issue of the given code. */
	static List<String> found(PlanLoader.Loaded loaded, String code) {
		return loaded.issues().stream().filter(i -> code.equals(i.getCode())).map(ValidationTesting::describe).toList();
	}

	static String describe(Issue issue) {
		return issue.getCode() + " " + issue.getSeverity() + " " + issue.getUriToProblem().trimFragment().lastSegment()
				+ ":" + issue.getLineNumber();
	}

	static String all(PlanLoader.Loaded loaded) {
		return loaded.issues().stream().map(i -> describe(i) + " " + i.getMessage()).collect(Collectors.joining("\n"));
	}
}

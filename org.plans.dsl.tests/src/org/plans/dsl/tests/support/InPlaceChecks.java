package org.plans.dsl.tests.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.resource.PlansResource;

/** One plan file loaded alone, and what its validator reports, for tests that compare in-place edits with fresh loads. */
public final class InPlaceChecks {

	private InPlaceChecks() {
	}

	/** {@code text} loaded as the one file {@code demo.plan}. */
	public static PlansResource load(PlanLoader loader, String text) {
		return (PlansResource) loader.loadTexts(Map.of("demo.plan", text)).resourceSet().getResources().get(0);
	}

	/** Every issue the file's validator reports. */
	public static List<Issue> issues(PlansResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** Severity, line, column and message of every issue the file's validator reports. */
	public static List<String> findings(PlansResource resource) {
		return issues(resource).stream()
				.map(i -> i.getSeverity() + " " + i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).toList();
	}

	/** Every field of each issue, in order. */
	public static List<String> describe(List<Issue> issues) {
		return issues.stream().map(i -> String.join(" | ", String.valueOf(i.getSeverity()), i.getCode(), i.getMessage(),
				i.getOffset() + "+" + i.getLength(), i.getLineNumber() + ":" + i.getColumn(),
				i.getLineNumberEnd() + ":" + i.getColumnEnd(), String.valueOf(i.getUriToProblem()),
				Arrays.toString(i.getData()), String.valueOf(i.getType()), String.valueOf(i.isSyntaxError()))).toList();
	}
}

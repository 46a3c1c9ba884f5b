package org.plans.dsl.cli.report;

import java.util.Map;

import org.plans.dsl.validation.IssueCodes;

/**
 * What the reports say about a rule (SARIF rule metadata, GitLab check names). This is the
 * one place that knows the rules: point {@link #of(String)} at the validation rule catalogue
 * when the project has one.
 */
public record RuleInfo(String id, String name, String description) {

	private static final Map<String, RuleInfo> KNOWN = Map.of(
			IssueCodes.SYNTAX, new RuleInfo(IssueCodes.SYNTAX, "syntax", "The text does not follow the language's syntax."),
			"linking", new RuleInfo("linking", "unresolved-name",
					"A name refers to nothing declared in this plan or in the plans it uses."));

	/** The rule behind a finding's code; codes without a description are described by their code. */
	public static RuleInfo of(String code) {
		RuleInfo known = KNOWN.get(code);
		return known != null ? known : new RuleInfo(code, code, "Plans rule " + code + ".");
	}
}

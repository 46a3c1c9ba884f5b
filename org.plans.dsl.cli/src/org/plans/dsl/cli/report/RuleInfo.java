package org.plans.dsl.cli.report;

import org.plans.dsl.validation.RuleCatalog;

/**
 * What the reports say about a rule (SARIF rule metadata, GitLab check names), from the
 * validation rule catalogue; a code the catalogue does not know is described by itself.
 */
public record RuleInfo(String id, String name, String description, String help) {

	/** The rule behind a finding's code. */
	public static RuleInfo of(String code) {
		return RuleCatalog.get(code)
				.map(rule -> new RuleInfo(rule.code(), rule.name(), rule.summary(), "See " + rule.docsLink()))
				.orElseGet(() -> new RuleInfo(code, code, "Plans rule " + code + ".", "See docs/rules.md"));
	}
}

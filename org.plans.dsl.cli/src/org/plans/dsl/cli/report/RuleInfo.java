package org.plans.dsl.cli.report;

import org.plans.dsl.rules.Rule;

/**
 * What the reports say about a rule (SARIF rule metadata, GitLab check names), from the
 * rule table; a code the table does not know is described by itself.
 */
public record RuleInfo(String id, String name, String description, String help) {

	/** The rule behind a finding's code. */
	public static RuleInfo of(String code) {
		return Rule.byCode(code)
				.map(rule -> new RuleInfo(rule.code(), rule.shortName(), rule.summary(), "See " + rule.docsLink()))
				.orElseGet(() -> new RuleInfo(code, code, "Plans rule " + code + ".", "See docs/rules.md"));
	}
}

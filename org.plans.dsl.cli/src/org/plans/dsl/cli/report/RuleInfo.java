package org.plans.dsl.cli.report;

import org.plans.dsl.rules.Rule;

/**
 * What the reports say about a rule (SARIF rule metadata, GitLab check names), from the
 * rule table; a code the table does not know is described by itself.
 */
public record RuleInfo(String id, String name, String description, String fullDescription, String help, String anchor) {

	/** The rule behind a finding's code. */
	public static RuleInfo of(String code) {
		return Rule.byCode(code).map(RuleInfo::of)
				.orElseGet(() -> new RuleInfo(code, code, "Plans rule " + code + ".", "Plans rule " + code + ".", "See docs/rules.md",
						""));
	}

	private static RuleInfo of(Rule rule) {
		String full = rule.summary() + (rule.summary().endsWith(".") ? "" : ".") + " Default level: " + rule.defaultLevel().word()
				+ (rule.severityChangeable() ? " (--severity or plans.properties can change it)." : " (cannot be changed).");
		String link = rule.docsLink();
		return new RuleInfo(rule.code(), rule.shortName(), rule.summary(), full, "See " + link, link.substring(link.indexOf('#') + 1));
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plans.dsl.rules.Rule;

/** {@code plans rules} lists every rule of the rule table with its severity and docs link. */
class RulesCommandTest {

	@Test
	void everyRuleWithItsSeverityAndLink() {
		Cli.Run run = Cli.run("rules");
		assertEquals(0, run.exit(), run.err());
		for (Rule rule : Rule.values()) {
			assertTrue(run.out().contains(rule.code() + " "), rule.code());
			assertTrue(run.out().contains(rule.docsLink()), rule.docsLink());
		}
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("PLAN-208") && l.contains(" warning ")), run.out());
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code plans help sync redmine} shows the help of the nested command, as {@code plans sync redmine --help} does. */
class HelpOfSubcommandsTest {

	@Test
	void helpOfANestedCommand() {
		Cli.Run run = Cli.run("help", "sync", "redmine");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("--url"), run.out());
	}
}

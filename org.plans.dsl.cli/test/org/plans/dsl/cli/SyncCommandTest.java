package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code plans sync redmine}: its options and their errors (the sync itself is tested with a real Redmine in the tests module). */
class SyncCommandTest {

	private static final String PLAN = Cli.examples().resolve("constructs/all-constructs.plan").toString();

	@Test
	void usage() {
		assertEquals(2, Cli.run("sync").exit());
		assertEquals(2, Cli.run("sync", "jira", PLAN).exit());
		assertEquals(2, Cli.run("sync", "redmine", "--project", "p", PLAN).exit());
		Cli.Run milestones = Cli.run("sync", "redmine", "--url", "https://redmine.example.org", "--project", "p",
				"--milestones", "weekly", PLAN);
		assertEquals(2, milestones.exit());
		assertTrue(milestones.err().contains("Option milestones must be deadline or priority, not 'weekly'"), milestones.err());
	}

	@Test
	void badUrlIsOneClearLine() {
		Cli.Run run = Cli.run("sync", "redmine", "--url", "ftp://redmine.example.org", "--project", "p", PLAN);
		assertEquals(2, run.exit());
		assertEquals("plans: The Redmine URL must be an http or https address, e.g. https://redmine.example.org",
				run.err().strip());
	}

	@Test
	void helpNamesTheKeyVariable() {
		Cli.Run help = Cli.run("help", "sync");
		assertEquals(0, help.exit());
		assertTrue(help.out().contains("redmine"), help.out());
		Cli.Run redmine = Cli.run("sync", "redmine", "--help");
		assertTrue(redmine.out().contains("REDMINE_API_KEY"), redmine.out());
	}
}

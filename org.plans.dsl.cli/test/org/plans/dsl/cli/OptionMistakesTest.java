package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option mistakes are usage errors (exit 2) with one clear message, not the whole help or an internal error. */
class OptionMistakesTest {

	@TempDir
	Path dir;

	@Test
	void aSeverityForARuleThatDoesNotExist() {
		Cli.Run run = Cli.run("validate", "--severity", "PLAN-999=error", Cli.examples().toString());
		assertEquals(2, run.exit(), run.err() + run.out());
		assertTrue(run.err().contains("there is no rule PLAN-999"), run.err());
	}

	@Test
	void aTargetOptionThatIsNotANumber() {
		Cli.Run run = Cli.run("generate", "--target", "report", "--option", "period-days=abc", "--out", dir.toString(),
				Cli.examples().toString());
		assertEquals(2, run.exit(), run.err() + run.out());
		assertTrue(run.err().contains("period-days"), run.err());
		assertFalse(run.err().contains("internal error"), run.err());
	}

	@Test
	void anOptionKeyNoChosenTargetReads() {
		Cli.Run run = Cli.run("generate", "--target", "report,github", "--option", "period-day=30", "--out", dir.toString(),
				Cli.examples().toString());
		assertEquals(2, run.exit(), run.err() + run.out());
		assertTrue(run.err().contains("unknown key 'period-day'"), run.err());
		assertTrue(run.err().contains("Known keys: milestones, period-days."), run.err());
		assertFalse(Files.exists(dir.resolve("demo-report.html")));
	}

	@Test
	void anOptionForATargetThatTakesNone() {
		Cli.Run run = Cli.run("generate", "--target", "markdown", "--option", "period-days=30", "--out", dir.toString(),
				Cli.examples().toString());
		assertEquals(2, run.exit(), run.err() + run.out());
		assertTrue(run.err().contains("unknown key 'period-days' for markdown. These targets take no options."), run.err());
	}

	@Test
	void asOfAMonthIsItsLastDay() {
		Cli.Run month = Cli.run("validate", "--as-of", "2024-10", Cli.examples().toString());
		Cli.Run day = Cli.run("validate", "--as-of", "2024-10-31", Cli.examples().toString());
		assertEquals(day.exit(), month.exit(), month.err());
		assertEquals(day.out(), month.out());
	}

	@Test
	void theReportFolderIsCreated() {
		Path report = dir.resolve("reports/ci/plans.json");
		Cli.Run run = Cli.run("validate", "--format", "json", "--output", report.toString(), Cli.examples().toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.isRegularFile(report));
	}

	@Test
	void aUsageErrorShowsWhereHelpIsNotAllOfIt() {
		Cli.Run run = Cli.run("validate", "--no-such-option", Cli.examples().toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("Unknown option: '--no-such-option'"), run.err());
		assertFalse(run.err().contains("--fail-on"), "no full help: " + run.err());
	}
}

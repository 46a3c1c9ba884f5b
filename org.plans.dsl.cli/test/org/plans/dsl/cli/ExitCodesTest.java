package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 0, 1 and 2, and one clear line per input problem, never a stack trace. */
class ExitCodesTest {

	@TempDir
	Path dir;

	private static void assertNoStackTrace(Cli.Run run) {
		assertFalse(run.err().contains("\tat "), run.err());
		assertFalse(run.err().contains("Exception"), run.err());
	}

	@Test
	void cleanExamplesExitZero() {
		Cli.Run run = Cli.run("validate", Cli.examples().toString());
		assertEquals(0, run.exit(), run.err() + run.out());
		assertTrue(run.out().contains("Checked "), run.out());
	}

	@Test
	void errorsExitOne() throws IOException {
		Path bad = Files.writeString(dir.resolve("bad.plan"), "plan x \"X\"\nperson p \"P\" as nobody\n");
		Cli.Run run = Cli.run("validate", bad.toString());
		assertEquals(1, run.exit(), run.out());
		assertTrue(run.out().contains("bad.plan:2:"), run.out());
	}

	@Test
	void failOnWarningCountsErrorsToo() throws IOException {
		Path bad = Files.writeString(dir.resolve("bad.plan"), "plan x \"X\" {\n");
		assertEquals(1, Cli.run("validate", "--fail-on", "warning", bad.toString()).exit());
	}

	@Test
	void dayThatDoesNotExist() {
		for (String command : new String[] { "validate", "generate" }) {
			Cli.Run run = Cli.run(command, "--as-of", "2025-02-30", Cli.examples().toString());
			assertEquals(2, run.exit(), run.err());
			assertTrue(run.err().startsWith("Invalid value for option '--as-of': '2025-02-30' is not a day that exists."),
					run.err());
			assertNoStackTrace(run);
		}
	}

	@Test
	void missingFile() {
		Cli.Run run = Cli.run("validate", dir.resolve("nope.plan").toString());
		assertEquals(2, run.exit());
		assertEquals("plans: " + Paths.display(dir.resolve("nope.plan")) + ": no such file or directory", run.err().strip());
	}

	@Test
	void directoryWithoutPlans() throws IOException {
		Files.writeString(dir.resolve("notes.txt"), "not a plan");
		Cli.Run run = Cli.run("validate", dir.toString());
		assertEquals(2, run.exit());
		assertEquals("plans: " + Paths.display(dir) + ": no .plan files in this directory", run.err().strip());
	}

	@Test
	void notUtf8IsAFinding() throws IOException {
		Path latin = Files.write(dir.resolve("latin.plan"), "plan x \"Caf\u00e9\"\n".getBytes("ISO-8859-1"));
		Cli.Run run = Cli.run("validate", latin.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().startsWith(Paths.display(latin) + ":1:12: error PLAN-005 Byte 0xE9 is not UTF-8"), run.out());
	}

	@Test
	void binaryIsAFinding() throws IOException {
		Path binary = Files.write(dir.resolve("image.plan"), new byte[] { 'p', 'l', '\n', 0, 1, 2 });
		Cli.Run run = Cli.run("validate", binary.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().startsWith(Paths.display(binary) + ":2:1: error PLAN-005 A NUL character"), run.out());
	}

	@Test
	void unreadable() throws IOException {
		Path file = Files.writeString(dir.resolve("locked.plan"), "plan x\n");
		InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
				() -> PlanInputs.check(List.of(file), f -> {
					throw new AccessDeniedException(f.toString());
				}));
		assertEquals(List.of(Paths.display(file) + ": cannot read this file (permission denied)"), e.problems());
	}

	@Test
	void everyProblemOnItsOwnLine() throws IOException {
		Path notes = Files.writeString(dir.resolve("notes.txt"), "plan x\n");
		Cli.Run run = Cli.run("format", dir.resolve("missing.plan").toString(), notes.toString());
		assertEquals(2, run.exit());
		assertEquals(2, run.err().strip().lines().count(), run.err());
		assertTrue(run.err().lines().allMatch(l -> l.startsWith("plans: ")), run.err());
	}

	@Test
	void unwritableReportIsAnInputError() throws IOException {
		// --output creates missing folders, but not under a file
		Path file = Files.writeString(dir.resolve("a-file"), "");
		Cli.Run run = Cli.run("validate", "--output", file.resolve("dir/report.sarif").toString(),
				Cli.examples().toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("plans: "), run.err());
		assertTrue(run.err().contains("cannot write the report"), run.err());
		assertNoStackTrace(run);
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, Cli.run().exit());
		assertEquals(2, Cli.run("validate").exit());
		assertEquals(2, Cli.run("validate", "--format", "xml", "x.plan").exit());
		assertEquals(2, Cli.run("validate", "--as-of", "last week", "x.plan").exit());
		assertEquals(2, Cli.run("validate", "--fail-on", "sometimes", "x.plan").exit());
		assertEquals(2, Cli.run("frobnicate").exit());
		Cli.Run badSeverity = Cli.run("validate", "--severity", "PLAN-001=fatal", Cli.examples().toString());
		assertEquals(2, badSeverity.exit());
		assertTrue(badSeverity.err().contains("the level must be error, warning, info or ignore"), badSeverity.err());
	}

	@Test
	void internalErrorsShowAStackTraceOnlyWithDebug() {
		String out = dir.resolve("out").toString();
		Cli.Run quiet = Cli.run("generate", "--target", "test-echo", "--option", "crash=yes", "--out", out,
				Cli.examples().toString());
		assertEquals(2, quiet.exit());
		assertEquals("plans: boom (internal error; run with --debug for details)", quiet.err().strip());
		Cli.Run debug = Cli.run("--debug", "generate", "--target", "test-echo", "--option", "crash=yes", "--out", out,
				Cli.examples().toString());
		assertEquals(2, debug.exit());
		assertTrue(debug.err().startsWith("plans: boom\njava.lang.IllegalStateException: boom"), debug.err());
		assertTrue(debug.err().contains("\tat org.plans.dsl.cli.EchoTarget.generate"), debug.err());
	}

	@Test
	void versionAndHelp() {
		Cli.Run version = Cli.run("--version");
		assertEquals(0, version.exit());
		assertTrue(version.out().startsWith("plans "), version.out());
		Cli.Run help = Cli.run("help", "validate");
		assertEquals(0, help.exit());
		assertTrue(help.out().contains("--fail-on"), help.out());
	}
}

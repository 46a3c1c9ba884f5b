package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plans generate}: targets found on the class path, options and as-of passed on, errors stop it. */
class GenerateCommandTest {

	@TempDir
	Path dir;

	@Test
	void listsTargets() {
		Cli.Run run = Cli.run("generate", "--list");
		assertEquals(0, run.exit());
		assertTrue(run.out().contains("test-echo"), run.out());
	}

	@Test
	void generatesWithOptionsAndAsOf() throws IOException {
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "test-echo", "--out", out.toString(), "--as-of", "2025-01-31",
				"--option", "greeting=hello", Cli.examples().resolve("constructs/all-constructs.plan").toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("demo 2025-01-31 hello 4\n", Files.readString(out.resolve("echo/demo.txt")));
		assertTrue(run.out().startsWith("test-echo: 1 file in "), run.out());
	}

	@Test
	void allMeansEveryInstalledTarget() {
		Path out = dir.resolve("all");
		Cli.Run run = Cli.run("generate", "--target", "all", "--out", out.toString(), Cli.examples().toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.exists(out.resolve("echo/demo.txt")));
	}

	@Test
	void plansWithErrorsAreNotGenerated() throws IOException {
		Path bad = Files.writeString(dir.resolve("bad.plan"), "plan x \"X\"\nperson p \"P\" as nobody\n");
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "all", "--out", out.toString(), bad.toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().contains("nothing generated"), run.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void usageErrors() {
		assertEquals(2, Cli.run("generate", "--out", dir.toString(), Cli.examples().toString()).exit());
		assertEquals(2, Cli.run("generate", "--target", "test-echo", Cli.examples().toString()).exit());
		assertEquals(2, Cli.run("generate", "--target", "test-echo", "--out", dir.toString()).exit());
		Cli.Run unknown = Cli.run("generate", "--target", "pdf", "--out", dir.toString(), Cli.examples().toString());
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("Unknown target 'pdf'. Installed: "), unknown.err());
		assertTrue(unknown.err().contains("test-echo"), unknown.err());
	}
}

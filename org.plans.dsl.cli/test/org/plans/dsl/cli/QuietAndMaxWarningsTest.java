package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quiet} reports errors only; {@code --max-warnings N} fails a run with more than N warnings, as in ESLint. */
class QuietAndMaxWarningsTest {

	@TempDir
	Path dir;

	private Path plan;

	@BeforeEach
	void aPlanWithWarnings() throws IOException {
		plan = Files.writeString(dir.resolve("warned.plan"),
				"plan x \"X\"\nperson p \"P\"\npriority 1 \"One\" {\n    action 1.1 \"Do it\" {\n        lead p\n    }\n}\n");
	}

	@Test
	void quietLeavesWarningsOut() {
		Cli.Run loud = Cli.run("validate", plan.toString());
		assertTrue(loud.out().contains(" warning PLAN-106 "), loud.out());
		Cli.Run quiet = Cli.run("validate", "--quiet", plan.toString());
		assertEquals(0, quiet.exit(), quiet.err());
		assertFalse(quiet.out().contains(" warning PLAN-"), quiet.out());
	}

	@Test
	void moreWarningsThanAllowedFail() {
		Cli.Run none = Cli.run("validate", "--max-warnings", "0", plan.toString());
		assertEquals(1, none.exit(), none.out());
		assertTrue(none.err().contains("more than --max-warnings 0"), none.err());
		assertEquals(0, Cli.run("validate", "--max-warnings", "100", plan.toString()).exit());
		assertEquals(1, Cli.run("validate", "--quiet", "--max-warnings", "0", plan.toString()).exit());
	}
}

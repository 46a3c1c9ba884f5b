package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plans init}: a new plan that validates with no findings, is formatted, and never replaces a file. */
class InitCommandTest {

	@TempDir
	Path dir;

	@Test
	void newPlanValidatesCleanAndIsFormatted() throws IOException {
		Path file = dir.resolve("plans/Children's Services 2026.plan");
		Cli.Run init = Cli.run("init", "--title", "Children's \"Services\" Plan", "--organisation", "Demo Council",
				"--start", "2026-01", file.toString());
		assertEquals(0, init.exit(), init.err());
		String text = Files.readString(file);
		assertTrue(text.contains("plan children-s-services-2026 \"Children's \\\"Services\\\" Plan\" {"), text);
		assertTrue(text.contains("covers 2026-01 to 2027-12"), text);
		assertTrue(text.contains("due 2026-07"), text);

		Cli.Run validate = Cli.run("validate", file.toString());
		assertEquals(0, validate.exit(), validate.out());
		assertTrue(validate.out().contains("Checked 1 file (1 plan): no errors, no warnings."), validate.out());
		assertEquals(0, Cli.run("format", "--check", file.toString()).exit(), "the template is already formatted");
	}

	@Test
	void neverReplacesAFile() throws IOException {
		Path file = Files.writeString(dir.resolve("mine.plan"), "// my plan\n");
		Cli.Run run = Cli.run("init", file.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("the file exists; plans init never replaces a file"), run.err());
		assertEquals("// my plan\n", Files.readString(file));
	}

	@Test
	void refusesAnIdThatIsAKeywordAndANameThatIsNoPlanFile() {
		Cli.Run keyword = Cli.run("init", "--id", "lead", dir.resolve("a.plan").toString());
		assertEquals(2, keyword.exit());
		assertTrue(keyword.err().contains("--id lead: an id starts with a letter"), keyword.err());
		Cli.Run txt = Cli.run("init", dir.resolve("a.txt").toString());
		assertEquals(2, txt.exit());
		assertTrue(txt.err().contains("plan files end in .plan"), txt.err());
	}
}

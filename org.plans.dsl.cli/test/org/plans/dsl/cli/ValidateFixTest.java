package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plans validate --fix}: the fixes with one right answer are written, comments kept, the rest reported. */
class ValidateFixTest {

	private static final String PLAN = String.join("\n",
			"plan a \"A\" {",
			"    as of 2024-10",
			"}",
			"",
			"person sjs \"Sarah-Jane Smedmor\"",
			"",
			"measure caseload \"Caseload\" unit ratio lower is better {",
			"    milestone 20 by 2025-03 // the year-end goal",
			"    milestone 25 by 2024-12",
			"}",
			"",
			"priority 1 \"P\" {",
			"    action 1.1 \"One\" {",
			"        lead SJS // wrong case",
			"        due 2025-03",
			"        target caseload <= 20 by 2025-03",
			"    }",
			"    action 1.2 \"Two\" {",
			"        lead Sarah-Jane Smedmor",
			"        due 2025-03",
			"    }",
			"    action 1.3 \"Three\" {",
			"        lead nobody",
			"        due 2025-03",
			"    }",
			"}",
			"");

	@TempDir
	Path dir;

	@Test
	void fixesWhatHasOneAnswerAndReportsTheRest() throws IOException {
		Path file = Files.writeString(dir.resolve("a.plan"), PLAN);
		Cli.Run run = Cli.run("validate", "--fix", file.toString());
		assertEquals(1, run.exit(), run.out());
		assertTrue(run.err().contains("plans: fixed " + Paths.display(file)), run.err());
		String fixed = Files.readString(file);
		assertTrue(fixed.contains("        lead sjs // wrong case\n"), fixed);
		assertTrue(fixed.contains("    action 1.2 \"Two\" {\n        lead sjs\n"), fixed);
		assertTrue(fixed.contains("    milestone 25 by 2024-12\n    milestone 20 by 2025-03 // the year-end goal\n")
				|| fixed.contains("    milestone 25 by 2024-12 // the year-end goal\n    milestone 20 by 2025-03\n"), fixed);
		assertTrue(fixed.contains("lead nobody"), fixed);
		assertTrue(run.out().contains("PLAN-002 No person, role, team or partner called 'nobody'"), run.out());
		assertFalse(run.out().contains("'SJS'"), run.out());
		assertFalse(run.out().contains("PLAN-204"), run.out());

		Cli.Run again = Cli.run("validate", "--fix", file.toString());
		assertFalse(again.err().contains("fixed"), again.err());
		assertEquals(fixed, Files.readString(file), "a second run changes nothing");
	}

	@Test
	void withoutFixNothingIsWritten() throws IOException {
		Path file = Files.writeString(dir.resolve("a.plan"), PLAN);
		Cli.Run run = Cli.run("validate", file.toString());
		assertEquals(1, run.exit());
		assertEquals(PLAN, Files.readString(file));
	}

	@Test
	void standardInputCannotBeFixed() {
		Cli.Run run = Cli.run("validate", "--fix", "-");
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("--fix rewrites plan files"), run.err());
	}
}

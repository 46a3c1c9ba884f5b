package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plans serve}'s arguments: what it refuses before it starts a server (the server's own tests are in org.plans.dsl.serve). */
class ServeCommandTest {

	@TempDir
	Path dir;

	@Test
	void helpNamesTheOptions() {
		Cli.Run run = Cli.run("serve", "--help");
		assertEquals(0, run.exit());
		for (String option : new String[] { "--port", "--host", "--read-only", "--token-file", "--max-connections",
				"--max-open-documents", "--max-open-mb", "--max-message-mb", "--idle-minutes", "DIR" }) {
			assertTrue(run.out().contains(option), run.out());
		}
	}

	@Test
	void aMissingFolderIsAnInputError() {
		Cli.Run run = Cli.run("serve", dir.resolve("nowhere").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("not a folder"), run.err());
	}

	@Test
	void aTokenFileMustHoldAUsableToken() throws Exception {
		Path token = Files.writeString(dir.resolve("token"), "short\n");
		Cli.Run run = Cli.run("serve", "--token-file", token.toString(), dir.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("--token-file") && run.err().contains("at least 16"), run.err());
		Cli.Run missing = Cli.run("serve", "--token-file", dir.resolve("none").toString(), dir.toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().startsWith("plans: --token-file"), missing.err());
	}

	@Test
	void aPortOutOfRangeIsAnInputError() {
		Cli.Run run = Cli.run("serve", "--port", "70000", dir.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("not a port"), run.err());
	}

	@Test
	void limitsBelowOneAreInputErrors() {
		for (String[] limit : new String[][] { { "--max-connections", "0" }, { "--max-open-documents", "0" },
				{ "--max-open-mb", "0" }, { "--max-message-mb", "0" }, { "--idle-minutes", "-1" } }) {
			Cli.Run run = Cli.run("serve", limit[0], limit[1], dir.toString());
			assertEquals(2, run.exit(), String.join(" ", limit));
			assertTrue(run.err().contains(limit[0]), run.err());
		}
	}
}

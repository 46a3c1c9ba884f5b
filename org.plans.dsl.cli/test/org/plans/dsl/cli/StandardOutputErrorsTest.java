package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure to write standard output (full disk, closed pipe) is an error, never a cut-off output and exit 0. */
class StandardOutputErrorsTest {

	@TempDir
	Path dir;

	private static Cli.Run runToAFullDisk(String... args) {
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		StringWriter err = new StringWriter();
		int exit = PlansCommand.run(args, new PrintWriter(full, true), new PrintWriter(err, true));
		return new Cli.Run(exit, "", err.toString());
	}

	@Test
	void validateReport() {
		Cli.Run run = runToAFullDisk("validate", "--format", "json", Cli.examples().resolve("constructs/all-constructs.plan").toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("plans: cannot write to standard output"), run.err());
	}

	@Test
	void importedPlan() throws IOException {
		Path csv = Files.writeString(dir.resolve("actions.csv"), "Ref,Action,Lead,Deadline\n1.1,Recruit,HR,December 2019\n");
		Cli.Run run = runToAFullDisk("import", csv.toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("plans: cannot write to standard output"), run.err());
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plans import --out}: an existing file is replaced only with --force, the source never. */
class ImportOutTest {

	private static final String CSV = "Ref,Action,Lead,Deadline\n1.1,Schedule recruitment days,Sarah-Jane Smedmor,December 2019\n";

	@TempDir
	Path dir;

	private Path csv;

	@BeforeEach
	void source() throws IOException {
		csv = Files.writeString(dir.resolve("actions.csv"), CSV);
	}

	@Test
	void anExistingFileOnlyWithForce() throws IOException {
		Path plan = Files.writeString(dir.resolve("actions.plan"), "plan kept\n");
		Cli.Run refused = Cli.run("import", csv.toString(), "--out", plan.toString());
		assertEquals(2, refused.exit(), refused.err());
		assertEquals("plans: " + Paths.display(plan) + ": the file exists; use --force to replace it", refused.err().strip());
		assertEquals("plan kept\n", Files.readString(plan));

		Cli.Run forced = Cli.run("import", csv.toString(), "--out", plan.toString(), "--force");
		assertEquals(0, forced.exit(), forced.err());
		assertTrue(Files.readString(plan).contains("action 1.1"), Files.readString(plan));
	}

	@Test
	void neverTheSourceItselfEvenWithForce() throws IOException {
		Path link = Files.createSymbolicLink(dir.resolve("link.csv"), csv);
		Path hard = Files.createLink(dir.resolve("hard.csv"), csv);
		Files.createDirectories(dir.resolve("sub"));
		for (Path out : new Path[] { csv, dir.resolve("sub/../actions.csv"), link, hard }) {
			Cli.Run run = Cli.run("import", csv.toString(), "--out", out.toString(), "--force");
			assertEquals(2, run.exit(), out + ": " + run.err());
			assertTrue(run.err().contains("this is the file being imported"), run.err());
			assertEquals(CSV, Files.readString(csv), "source kept after --out " + out);
		}
	}
}

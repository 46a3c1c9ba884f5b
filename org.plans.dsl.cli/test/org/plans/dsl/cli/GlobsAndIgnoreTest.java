package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quoted glob patterns as arguments, and the .plansignore files that folders and patterns obey. */
class GlobsAndIgnoreTest {

	@TempDir
	Path dir;

	@BeforeEach
	void tree() throws IOException {
		plan("a.plan");
		plan("old-e.plan");
		plan("sub/b.plan");
		plan("sub/old-d.plan");
		plan("drafts/c.plan");
		plan("sub/drafts/f.plan");
		Files.writeString(dir.resolve(".plansignore"), "# not for the board yet\ndrafts/\nold-*.plan\n");
		Files.writeString(dir.resolve("sub/.plansignore"), "!old-d.plan\n");
	}

	private void plan(String name) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		String id = file.getFileName().toString().replace(".plan", "").replace("-", "");
		Files.writeString(file, "plan " + id + " \"Plan " + id + "\"\n");
	}

	private static void assertChecked(Cli.Run run, String count) {
		assertEquals(0, run.exit(), run.err() + run.out());
		assertTrue(run.out().contains("Checked " + count + " "), run.out());
	}

	@Test
	void folderSkipsIgnoredFilesAndFoldersAtAnyDepthAndTakesBackNegatedOnes() {
		Cli.Run run = Cli.run("validate", dir.toString());
		assertChecked(run, "3 files");
		assertTrue(run.out().contains("a.plan") && run.out().contains("b.plan") && run.out().contains("old-d.plan"), run.out());
	}

	@Test
	void patternsCrossFoldersWithDoubleStarAndObeyTheIgnoreFiles() {
		assertChecked(Cli.run("validate", dir + "/**/*.plan"), "3 files");
		assertChecked(Cli.run("validate", dir + "/sub/*.plan"), "2 files");
		assertChecked(Cli.run("validate", dir + "/{a,old-e}.plan"), "1 file");
	}

	@Test
	void aFileNamedOnTheCommandLineIsAlwaysChecked() {
		assertChecked(Cli.run("validate", dir.resolve("drafts/c.plan").toString()), "1 file");
	}

	@Test
	void aPatternThatMatchesNothingIsAnInputError() {
		Cli.Run run = Cli.run("validate", dir + "/nothing/**/*.plan");
		assertEquals(2, run.exit(), run.out());
		assertEquals("plans: " + dir + "/nothing/**/*.plan: no .plan files match this pattern", run.err().strip());
	}

	@Test
	void aFolderWhosePlansAreAllIgnoredSaysSo() throws IOException {
		Files.writeString(dir.resolve("drafts/.plansignore"), "*.plan\n");
		Cli.Run run = Cli.run("validate", dir.resolve("drafts").toString());
		assertEquals(2, run.exit(), run.out());
		assertTrue(run.err().contains("every .plan file in this directory is ignored (.plansignore)"), run.err());
	}
}

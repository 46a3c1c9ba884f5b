package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plans generate} never writes through a symbolic link in the output directory and
 * never lets one plan's file overwrite another's.
 */
class GenerateOutputSafetyTest {

	@TempDir
	Path dir;

	private Path plan(String name, String id) throws IOException {
		return Files.writeString(dir.resolve(name), "plan " + id + " \"Plan " + name + "\"\n");
	}

	private long filesIn(Path directory) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void aLinkedFileIsNotWrittenThrough() throws IOException {
		Path demo = plan("demo.plan", "demo");
		Path outside = Files.writeString(dir.resolve("victim.txt"), "kept\n");
		Path out = Files.createDirectories(dir.resolve("out"));
		Path link = Files.createSymbolicLink(out.resolve("demo.md"), outside);
		Cli.Run run = Cli.run("generate", "--target", "markdown", "--out", out.toString(), demo.toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("symbolic link " + link), run.err());
		assertEquals("kept\n", Files.readString(outside));
	}

	@Test
	void aLinkedFolderIsNotWrittenInto() throws IOException {
		Path demo = plan("demo.plan", "demo");
		Path outside = Files.createDirectories(dir.resolve("elsewhere"));
		Path out = Files.createDirectories(dir.resolve("out"));
		Path link = Files.createSymbolicLink(out.resolve("demo"), outside);
		Cli.Run run = Cli.run("generate", "--target", "github", "--out", out.toString(), demo.toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("symbolic link " + link), run.err());
		assertEquals(0, filesIn(outside));
	}

	@Test
	void plansWhoseIdsDifferOnlyInCaseAreRefused() throws IOException {
		Path lower = plan("a.plan", "demo");
		Path upper = plan("b.plan", "Demo");
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "markdown", "--out", out.toString(), lower.toString(), upper.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("Refusing to overwrite demo.md with a second file demo.md"), run.err());
		assertEquals(1, filesIn(out));
	}

	@Test
	void plansWithALongCommonPrefixGetTheirOwnFiles() throws IOException {
		String prefix = "children-services-improvement-plan-following-the-ofsted-inspection-";
		Path a = plan("a.plan", prefix + "2024");
		Path b = plan("b.plan", prefix + "2025");
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "markdown", "--out", out.toString(), a.toString(), b.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(2, filesIn(out));
		try (Stream<Path> files = Files.list(out)) {
			assertTrue(files.allMatch(f -> f.getFileName().toString().length() <= 60 + ".md".length()));
		}
	}
}

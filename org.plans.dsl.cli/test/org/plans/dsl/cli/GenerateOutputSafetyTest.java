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

	/** Each target checks its own names; a file two targets would write is refused when the second writes it. */
	@Test
	void aFileTwoTargetsWriteIsRefusedNamingTheFirst() throws IOException {
		Path plan = plan("a.plan", "demo");
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "markdown,test-echo", "--option", "file=demo.md", "--out",
				out.toString(), plan.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("test-echo: target markdown already wrote demo.md"), run.err());
		String kept = Files.readString(out.resolve("demo.md"));
		assertTrue(kept.contains("Plan a.plan") && !kept.startsWith("demo "), "the markdown file is not overwritten: " + kept);
		assertEquals(1, filesIn(out));
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
	void aPlanNamedLikeAnotherPlansMeasuresFileIsRefusedNamingBoth() throws IOException {
		Path x = Files.writeString(dir.resolve("x.plan"), "plan x \"X\"\nmeasure m \"M\" unit %\n");
		Path measures = plan("y.plan", "x-measures");
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "csv", "--out", out.toString(), x.toString(), measures.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("plans x and x-measures would both write x-measures.csv"), run.err());
		assertTrue(run.err().contains("Rename plan x-measures (for example to x-measures-plan)"), run.err());
		assertEquals(0, filesIn(out));
	}

	@Test
	void aPlanNamedLikeAnotherPlansReportIsRefusedOnlyWhenBothFilesAreAsked() throws IOException {
		Path demo = plan("a.plan", "demo");
		Path report = plan("b.plan", "demo-report");
		Path out = dir.resolve("out");
		Cli.Run run = Cli.run("generate", "--target", "html,report", "--out", out.toString(), demo.toString(), report.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertTrue(run.err().contains("plans demo and demo-report would both write demo-report.html (the board report of plan demo,"
				+ " and the html file of plan demo-report)"), run.err());
		assertEquals(0, filesIn(out));
		// The ordinary names stay: the page alone, or a plan x without measures beside x-measures, is written as before.
		run = Cli.run("generate", "--target", "html", "--out", out.toString(), demo.toString(), report.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.exists(out.resolve("demo.html")) && Files.exists(out.resolve("demo-report.html")));
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

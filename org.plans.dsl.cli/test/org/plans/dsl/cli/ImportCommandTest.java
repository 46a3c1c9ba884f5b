package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plans import}: a table becomes a plan that {@code plans validate} accepts. */
class ImportCommandTest {

	@TempDir
	Path dir;

	@Test
	void csvToAPlanThatValidates() throws IOException {
		Path csv = Files.writeString(dir.resolve("actions.csv"), """
				Ref,Action,Lead,Deadline
				1.1,Schedule recruitment days,Sarah-Jane Smedmor,December 2019
				1.2,Review incentives,HR,Ongoing
				""");
		Path plan = dir.resolve("actions.plan");
		Cli.Run run = Cli.run("import", csv.toString(), "--out", plan.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.err().contains("2 actions"), run.err());
		String text = Files.readString(plan);
		assertTrue(text.contains("action 1.1 \"Schedule recruitment days\""), text);
		Cli.Run validate = Cli.run("validate", plan.toString());
		assertEquals(0, validate.exit(), validate.out());
	}

	/** A file named plan.csv gives the plan an id that is not the keyword 'plan'. */
	@Test
	void aFileNamedLikeAKeyword() throws IOException {
		Path csv = Files.writeString(dir.resolve("plan.csv"), """
				Ref,Action,Lead,Deadline
				1.1,Schedule recruitment days,Sarah-Jane Smedmor,December 2019
				""");
		Path plan = dir.resolve("imported.plan");
		Cli.Run run = Cli.run("import", csv.toString(), "--out", plan.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.readString(plan).contains("\nplan plan-2 "), Files.readString(plan));
		Cli.Run validate = Cli.run("validate", plan.toString());
		assertEquals(0, validate.exit(), validate.out());
	}

	@Test
	void noTableIsAWarningAndExitCodeOne() throws IOException {
		Path txt = Files.writeString(dir.resolve("plan.txt"), "Improvement plan\n\nWe will recruit more social workers.\n");
		Cli.Run run = Cli.run("import", txt.toString(), "--out", dir.resolve("plan.plan").toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.err().contains("warning: no table found"), run.err());
		assertTrue(run.err().contains("warning: no action found"), run.err());
		assertTrue(Files.exists(dir.resolve("plan.plan")), "the plan is still written");
	}

	@Test
	void reportListsEveryRowEscaped() throws IOException {
		Path csv = Files.writeString(dir.resolve("actions.csv"), """
				Ref,Action,Lead,Deadline
				1.1,Audit <script>alert(1)</script> files,Jo Bloggs (HoS),December 2019
				,,,
				Ref,Action,Lead,Deadline
				1.2,Review incentives,HR,Ongoing
				""");
		Path report = dir.resolve("review.html");
		Cli.Run run = Cli.run("import", csv.toString(), "--out", dir.resolve("a.plan").toString(), "--report",
				report.toString());
		assertEquals(0, run.exit(), run.err());
		String html = Files.readString(report);
		assertTrue(html.contains("Audit &lt;script&gt;alert(1)&lt;/script&gt; files"), html);
		assertTrue(!html.contains("<script>"), html);
		assertTrue(html.contains("<h2>Rows dropped (2)</h2>"), html);
		assertTrue(html.contains("<h2>Every source row (5)</h2>"), html);
		assertTrue(run.err().contains("5 source rows (2 actions, 1 header rows, "
				+ "1 header rows repeated at a page break, dropped, 1 blank rows, dropped)"), run.err());
	}

	@Test
	void missingSource() {
		Cli.Run run = Cli.run("import", dir.resolve("plan.docx").toString());
		assertEquals(2, run.exit());
		assertEquals("plans: " + Paths.display(dir.resolve("plan.docx")) + ": no such file", run.err().strip());
	}
}

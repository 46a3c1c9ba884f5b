package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that cannot be imported, and a plan that cannot be written: the file and the problem in words. */
class ImportProblemsTest {

	@TempDir
	Path dir;

	private static final String CSV = "Ref,Action,Lead,Deadline\n1.1,Recruit \u201cpermanent\u201d staff,Ann Smith,2025-03\n";

	private static String refused(String... args) {
		Cli.Run run = Cli.run(args);
		assertEquals(2, run.exit(), run.err() + run.out());
		assertFalse(run.err().contains("Exception"), run.err());
		assertFalse(run.err().contains("internal error"), run.err());
		assertFalse(run.err().contains("org.apache"), run.err());
		return run.err().strip();
	}

	@Test
	void aWindows1252CsvSaysSaveAsUtf8() throws IOException {
		Path csv = Files.write(dir.resolve("actions.csv"), CSV.getBytes("windows-1252"));
		String err = refused("import", csv.toString());
		assertTrue(err.startsWith("plans: " + Paths.display(csv) + ": cannot import it (text that is not UTF-8"), err);
		assertTrue(err.contains("Windows-1252") && err.contains("save it as UTF-8"), err);
	}

	@Test
	void aFileThatIsNotAnOfficeDocument() throws IOException {
		// a file is read by what it holds: text named .xlsx is imported as text; bytes that are neither are refused
		Path xlsx = Files.write(dir.resolve("plan.xlsx"), new byte[] { 0, 1, 2, 3, (byte) 0xff, 0, 7 });
		String err = refused("import", xlsx.toString());
		assertTrue(err.startsWith("plans: " + Paths.display(xlsx) + ": "), err);
		Path docx = Files.write(dir.resolve("plan.docx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		String word = refused("import", docx.toString());
		assertTrue(word.startsWith("plans: " + Paths.display(docx) + ": "), word);
		assertTrue(word.contains("Word"), word);
	}

	@Test
	void anOutInAFolderThatDoesNotExist() throws IOException {
		Path csv = Files.writeString(dir.resolve("actions.csv"), CSV);
		Path out = dir.resolve("no/such/folder/plan.plan");
		String err = refused("import", csv.toString(), "--out", out.toString());
		assertEquals("plans: " + Paths.display(out) + ": cannot write the plan (its folder does not exist); nothing was written", err);
	}

	@Test
	void aFullDiskIsSaidInWords() {
		Path out = dir.resolve("plan.plan");
		assertEquals(Paths.display(out) + ": cannot write the plan (the disk is full); nothing was written",
				ImportProblems.writing(out, new IOException("No space left on device")).getMessage());
		assertEquals("the file system is read-only", ImportProblems.words(new java.nio.file.FileSystemException(
				out.toString(), null, "Read-only file system")));
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.cli.format.FileRewriter;

/**
 * {@code plans format} rewrites a file in place only when that loses nothing: not read-only or
 * hard-linked files, not a file edited meanwhile; owner and group are kept; one refused file
 * does not stop the others.
 */
class FormatInPlaceTest {

	private static final String MESSY = "plan demo\nperson   sjs \"Sarah-Jane Smedmor\"\n";
	private static final String TIDY = "plan demo\nperson sjs \"Sarah-Jane Smedmor\"\n";

	@TempDir
	Path dir;

	private Path plan(String name) throws IOException {
		return Files.writeString(dir.resolve(name), MESSY);
	}

	@Test
	void readOnlyFileIsLeftAndTheOthersAreFormatted() throws IOException {
		Path readOnly = plan("a.plan");
		Path other = plan("b.plan");
		Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
		Cli.Run run = Cli.run("format", readOnly.toString(), other.toString());
		assertEquals(2, run.exit(), run.err());
		assertEquals(MESSY, Files.readString(readOnly));
		assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly)));
		assertEquals(TIDY, Files.readString(other));
		assertTrue(run.err().contains("plans: formatted " + Paths.display(other)), run.err());
		assertTrue(run.err().contains("plans: " + Paths.display(readOnly) + ": not formatted: the file is read-only"), run.err());
	}

	@Test
	void hardLinkedFileIsLeft() throws IOException {
		Path linked = plan("a.plan");
		Path link = Files.createLink(dir.resolve("b.txt"), linked);
		Cli.Run run = Cli.run("format", linked.toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("not formatted: the file has 2 hard links"), run.err());
		assertTrue(Files.isSameFile(linked, link), "the link is kept");
		assertEquals(MESSY, Files.readString(linked));
	}

	@Test
	void ownerAndGroupAreKept() throws IOException {
		assumeTrue(((Number) Files.getAttribute(dir, "unix:uid")).intValue() == 0, "only root may give a file away");
		Path file = plan("a.plan");
		Files.setAttribute(file, "unix:uid", 65534);
		Files.setAttribute(file, "unix:gid", 65534);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		Cli.Run run = Cli.run("format", file.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(TIDY, Files.readString(file));
		assertEquals(65534, ((Number) Files.getAttribute(file, "unix:uid")).intValue());
		assertEquals(65534, ((Number) Files.getAttribute(file, "unix:gid")).intValue());
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void anEditSavedWhileFormattingIsKept() throws IOException {
		Path file = plan("a.plan");
		FileRewriter.Snapshot read = FileRewriter.read(file);
		Files.writeString(file, MESSY + "person kt \"Karen Tolond\"\n"); // saved by an editor meanwhile
		assertThrows(FileRewriter.ChangedMeanwhile.class, () -> FileRewriter.replace(read, TIDY.getBytes(StandardCharsets.UTF_8)));
		assertEquals(MESSY + "person kt \"Karen Tolond\"\n", Files.readString(file));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left");
		}
	}
}

package org.plans.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.files.AtomicFiles;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.naming.FileNames;

/** Every output file is written whole or not at all, and never through a link. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
		Path file = Files.writeString(dir.resolve("report.json"), "old\n");
		IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
			out.write("half of the new".getBytes(StandardCharsets.UTF_8));
			throw new IOException("No space left on device");
		}));
		assertEquals("No space left on device", full.getMessage());
		assertEquals("old\n", Files.readString(file));
		assertEquals(List.of("report.json"), names());
	}

	@Test
	void replacesKeepingPermissions() throws IOException {
		Path file = Files.writeString(dir.resolve("plan.plan"), "old\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		AtomicFiles.write(file, "new\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("new\n", Files.readString(file));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals(List.of("plan.plan"), names());
	}

	@Test
	void aNewFileGetsTheUsualPermissionsNotATemporaryFilesOnes() throws IOException {
		Path file = dir.resolve("new.plan");
		AtomicFiles.write(file, "new\n".getBytes(StandardCharsets.UTF_8));
		Path plain = Files.writeString(dir.resolve("plain.plan"), "new\n");
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
	}

	@Test
	void aLinkIsReplacedNotWrittenThrough() throws IOException {
		Path outside = Files.writeString(dir.resolve("outside.txt"), "kept\n");
		Path link = Files.createSymbolicLink(dir.resolve("link.txt"), outside);
		AtomicFiles.write(link, "new\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("kept\n", Files.readString(outside));
		assertFalse(Files.isSymbolicLink(link));
		assertEquals("new\n", Files.readString(link));
	}

	@Test
	void outputFilesRefuseLinksBelowTheDirectory() throws IOException {
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Path out = Files.createDirectories(dir.resolve("out/a"));
		Files.createSymbolicLink(out.resolve("b"), outside);
		OutputFiles files = OutputFiles.directory(dir.resolve("out"));
		IOException refused = assertThrows(IOException.class, () -> files.write("a/b/c/file.md", "x"));
		assertTrue(refused.getMessage().contains("symbolic link " + out.resolve("b")), refused.getMessage());
		try (Stream<Path> inside = Files.list(outside)) {
			assertEquals(0, inside.count());
		}
	}

	@Test
	void outputFilesRefuseASecondFileAtTheSamePathInAnyCase() throws IOException {
		OutputFiles files = OutputFiles.directory(dir);
		files.write("Demo.md", "first");
		IOException refused = assertThrows(IOException.class, () -> files.write("demo.md", "second"));
		assertTrue(refused.getMessage().contains("Refusing to overwrite Demo.md with a second file demo.md"), refused.getMessage());
		assertEquals("first", Files.readString(dir.resolve("Demo.md")));
	}

	@Test
	void longNamesWithTheSameStartStayApart() {
		String prefix = "x".repeat(70);
		String a = FileNames.safe(prefix + "a");
		String b = FileNames.safe(prefix + "b");
		assertFalse(a.equals(b), a);
		assertEquals(60, a.length());
		assertEquals(a, FileNames.safe(prefix + "a"), "the same text, the same name");
	}
}

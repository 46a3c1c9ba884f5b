package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not plans, or not UTF-8, and line endings: one decoder ({@code PlanText}) for
 * every command, a clear message for each file, the other files still checked or formatted.
 */
class PlanFileKindsTest {

	@TempDir
	Path dir;

	private static final String PLAN = "plan x \"X\" {\n    organisation \"O\"\n}\n";

	private static void assertClean(Cli.Run run) {
		assertFalse(run.err().contains("Exception"), run.err());
		assertFalse(run.err().contains("internal error"), run.err());
	}

	@Test
	void aFileThatIsNotAPlanIsAnInputError() throws IOException {
		for (String name : new String[] { "notes.txt", "x.PLAN", "README.md" }) {
			Path file = Files.writeString(dir.resolve(name), PLAN);
			for (String command : new String[] { "validate", "generate", "format" }) {
				Cli.Run run = command.equals("generate")
						? Cli.run("generate", "--target", "all", "--out", dir.resolve("site").toString(), file.toString())
						: Cli.run(command, file.toString());
				assertEquals(2, run.exit(), command + " " + name + ": " + run.err() + run.out());
				assertTrue(run.err().startsWith("plans: " + Paths.display(file) + ": not a plan file; "), run.err());
				assertClean(run);
			}
		}
		assertTrue(Cli.run("validate", dir.resolve("x.PLAN").toString()).err().contains("(lower case)"));
	}

	@Test
	void standardInputIsNotAPlanFile() {
		Cli.Run run = Cli.run("validate", "/dev/stdin");
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains(": not a plan file"), run.err());
		assertClean(run);
	}

	@Test
	void aWindows1252FileIsAFindingAndTheOthersAreChecked() throws IOException {
		Path word = Files.write(dir.resolve("word.plan"), "plan w \"W\" {\n    organisation \"\u201cO\u201d\"\n}\n"
				.getBytes("windows-1252"));
		Files.writeString(dir.resolve("other.plan"), "plan o \"O\"\nperson p \"P\" as nobody\n");
		String message = "Byte 0x93 is not UTF-8";
		Cli.Run text = Cli.run("validate", dir.toString());
		assertEquals(1, text.exit(), text.err());
		assertTrue(text.out().contains(Paths.display(word) + ":2:19: error PLAN-005"), text.out());
		assertTrue(text.out().contains("other.plan:2:"), "the other file is checked: " + text.out());
		Cli.Run json = Cli.run("validate", "--format", "json", dir.toString());
		String compact = json.out().replaceAll("\\s", "");
		assertTrue(json.out().contains(message) && compact.contains("\"line\":2") && compact.contains("\"column\":19"), json.out());
		Cli.Run sarif = Cli.run("validate", "--format", "sarif", dir.toString());
		String region = sarif.out().replaceAll("\\s", "");
		assertTrue(region.contains("\"startLine\":2") && region.contains("\"startColumn\":19"), sarif.out());
		for (String format : new String[] { "junit", "github", "gitlab" }) {
			Cli.Run run = Cli.run("validate", "--format", format, dir.toString());
			assertEquals(1, run.exit(), format);
			assertTrue(run.out().contains(message), format + ": " + run.out());
			assertTrue(run.out().contains("2"), format);
		}
	}

	@Test
	void formatReportsNotUtf8AndFormatsTheOthers() throws IOException {
		Path word = Files.write(dir.resolve("word.plan"), "plan w \"\u201cW\u201d\"\n".getBytes("windows-1252"));
		Path other = Files.writeString(dir.resolve("other.plan"), "plan   o \"O\"\n");
		byte[] before = Files.readAllBytes(word);
		Cli.Run run = Cli.run("format", word.toString(), other.toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains(Paths.display(word) + ":1:9: not formatted: Byte 0x93 is not UTF-8"), run.err());
		assertEquals("plan o \"O\"\n", Files.readString(other));
		assertArrayEquals(before, Files.readAllBytes(word));
		assertClean(run);
	}

	@Test
	void formatAcceptsAndKeepsAByteOrderMark() throws IOException {
		Path file = Files.writeString(dir.resolve("bom.plan"), "\uFEFFplan   x \"X\"\n");
		Cli.Run run = Cli.run("format", file.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("\uFEFFplan x \"X\"\n", Files.readString(file, StandardCharsets.UTF_8));
	}

	/** What {@code plans format} makes of {@code text} written with LF only. */
	private String formattedWithLf(String text) throws IOException {
		Path file = Files.writeString(dir.resolve("lf.plan"), text);
		assertEquals(0, Cli.run("format", file.toString()).exit());
		return Files.readString(file);
	}

	private static final String MESSY = "plan x \"X\" {\norganisation \"O\"\n}\nperson a \"A\"\nperson   b \"B\"\n";

	@Test
	void oneCrlfInAnLfFileTakesTheFilesLineEnding() throws IOException {
		Path file = Files.writeString(dir.resolve("mixed.plan"), MESSY.replaceFirst("\n", "\r\n"));
		Cli.Run run = Cli.run("format", file.toString());
		assertEquals(0, run.exit(), run.err());
		String formatted = Files.readString(file);
		assertFalse(formatted.contains("\r"), formatted);
		assertEquals(formattedWithLf(MESSY), formatted);
	}

	@Test
	void mostlyCrlfStaysCrlf() throws IOException {
		Path file = Files.writeString(dir.resolve("mixed.plan"), MESSY.replace("\n", "\r\n").replaceFirst("\r\n", "\n"));
		assertEquals(0, Cli.run("format", file.toString()).exit());
		assertEquals(formattedWithLf(MESSY).replace("\n", "\r\n"), Files.readString(file));
	}

	@Test
	void aCrOnlyFileKeepsItsLines() throws IOException {
		Path file = Files.writeString(dir.resolve("mac.plan"), MESSY.replace('\n', '\r'));
		Cli.Run run = Cli.run("format", file.toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals(formattedWithLf(MESSY).replace('\n', '\r'), Files.readString(file));
	}

	@Test
	void utf16WithoutAByteOrderMarkGetsTheUtf16Hint() throws IOException {
		Files.write(dir.resolve("wide.plan"), PLAN.getBytes(StandardCharsets.UTF_16LE));
		Cli.Run run = Cli.run("validate", dir.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("The file is UTF-16 text"), run.out());
	}

	@Test
	void aLoneSurrogateIsNamed() throws IOException {
		byte[] bytes = "plan x \"X?\"\n".getBytes(StandardCharsets.UTF_8);
		byte[] withSurrogate = new byte[bytes.length + 2];
		System.arraycopy(bytes, 0, withSurrogate, 0, 9);
		withSurrogate[9] = (byte) 0xED;
		withSurrogate[10] = (byte) 0xA0;
		withSurrogate[11] = (byte) 0x80;
		System.arraycopy(bytes, 10, withSurrogate, 12, bytes.length - 10);
		Files.write(dir.resolve("half.plan"), withSurrogate);
		Cli.Run run = Cli.run("validate", dir.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("half.plan:1:10: error PLAN-005 A lone surrogate"), run.out());
	}
}

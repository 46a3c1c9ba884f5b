package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Escape sequences in plan text and file names never reach the terminal: the text report, the
 * summaries and the command's messages show U+FFFD for each control character.
 */
class TerminalOutputTest {

	/** ESC (colour, clear screen, window title), BEL, C1 CSI, backspace, carriage return, right-to-left override. */
	private static final String HOSTILE = "\\u001b[31mRed\\u001b[2J\\u001b]0;pwned\\u0007 \\u009b31m \\b\\b ok\\rFAKE \\u202eevil";

	@TempDir
	Path dir;

	private Path plan(String fileName, String lead) throws IOException {
		return Files.writeString(dir.resolve(fileName), "plan council \"" + HOSTILE + "\"\nperson ana \"Ana\"\n"
				+ "priority 1 \"P\" {\n    action 1.1 \"A\" {\n        lead " + lead + "\n        due 2025-03\n    }\n}\n");
	}

	private static void assertNoControls(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e);
			assertFalse(control, "U+" + Integer.toHexString(c) + " at " + i + " in: " + text);
		}
	}

	@Test
	void theTextReportAndItsSummaryShowNoControlCharacter() throws IOException {
		plan("e\u001b[2Jvil.plan", "bob");
		Cli.Run run = Cli.run("validate", dir.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertNoControls(run.out());
		assertNoControls(run.err());
		assertTrue(run.out().contains("council: \uFFFD[31mRed\uFFFD[2J\uFFFD]0;pwned\uFFFD \uFFFD31m \uFFFD\uFFFD ok FAKE \uFFFDevil ("),
				run.out());
		assertTrue(run.out().contains("e\uFFFD[2Jvil.plan:5:14: error PLAN-002 "), run.out());
	}

	@ParameterizedTest
	@ValueSource(strings = { "text", "github" })
	void findingsShowNoControlCharacter(String format) throws IOException {
		plan("e\u009bvil\u0007.plan", "bob");
		Cli.Run run = Cli.run("validate", "--format", format, dir.toString());
		assertEquals(1, run.exit(), run.out() + run.err());
		assertNoControls(run.out());
	}

	@Test
	void generateAndFormatNameFilesWithoutControlCharacters() throws IOException {
		Path file = plan("\u001b[1Aup.plan", "bob");
		Cli.Run generate = Cli.run("generate", "--target", "markdown", "--out", dir.resolve("out").toString(), file.toString());
		assertEquals(1, generate.exit(), generate.err());
		assertNoControls(generate.err());
		Files.writeString(file, Files.readString(file).replace("lead bob", "lead   ana"));
		Cli.Run format = Cli.run("format", file.toString());
		assertEquals(0, format.exit(), format.err());
		assertTrue(format.err().contains("formatted "), format.err());
		assertNoControls(format.err());
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code plans validate -} reads one plan from standard input and reports it as {@code --stdin-filename}, as editors and hooks need. */
class StandardInputTest {

	private final InputStream stdin = System.in;

	@AfterEach
	void restore() {
		System.setIn(stdin);
	}

	private static Cli.Run validate(String text, String... args) {
		System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		return Cli.run(args);
	}

	@Test
	void aPlanFromStandardInputIsReportedUnderItsName() {
		Cli.Run run = validate("plan x \"X\"\nperson p \"P\" as nobody\n", "validate", "--stdin-filename", "plans/x.plan", "-");
		assertEquals(1, run.exit(), run.err() + run.out());
		assertTrue(run.out().contains("plans/x.plan:2:"), run.out());
	}

	@Test
	void standardInputAloneNotWithFiles() {
		Cli.Run run = validate("plan x \"X\"\n", "validate", "-", Cli.examples().toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("give no other files"), run.err());
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.cli.report.Colours;
import org.plans.dsl.cli.report.Colours.Mode;

/** {@code --color} with NO_COLOR, and {@code --config FILE} instead of the nearest plans.properties. */
class ColourAndConfigTest {

	private static final String ESC = "\u001b[";

	@TempDir
	Path dir;

	private Path plan() throws IOException {
		// PLAN-106: an action with no deadline (a warning by default); an unknown lead (an error)
		return Files.writeString(dir.resolve("a.plan"), "plan a \"A\"\npriority 1 \"P\" {\n    action 1.1 \"Do \u001b[31mit\" {\n"
				+ "        lead nobody\n    }\n}\n");
	}

	@Test
	void autoColoursATerminalUnlessNoColorOrDumb() {
		assertTrue(Colours.of(Mode.AUTO, true, Map.of()).on());
		assertFalse(Colours.of(Mode.AUTO, false, Map.of()).on());
		assertFalse(Colours.of(Mode.AUTO, true, Map.of("NO_COLOR", "1")).on());
		assertTrue(Colours.of(Mode.AUTO, true, Map.of("NO_COLOR", "")).on());
		assertFalse(Colours.of(Mode.AUTO, true, Map.of("TERM", "dumb")).on());
		assertTrue(Colours.of(Mode.ALWAYS, false, Map.of("NO_COLOR", "1")).on());
		assertFalse(Colours.of(Mode.NEVER, true, Map.of()).on());
	}

	@Test
	void alwaysColoursLevelsAndPositionsButNeverThePlansOwnEscapes() throws IOException {
		Path plan = plan();
		Cli.Run run = Cli.run("validate", "--color", "always", plan.toString());
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains(ESC + "1;31merror" + ESC + "0m PLAN-002"), run.out());
		assertTrue(run.out().contains(ESC + "1m" + Paths.display(plan) + ":4:"), run.out());
		assertFalse(run.out().contains(ESC + "31mit"), "the plan's own escape is shown safely: " + run.out());
	}

	@Test
	void notATerminalMeansNoColour() throws IOException {
		Cli.Run run = Cli.run("validate", plan().toString());
		assertFalse(run.out().contains(ESC + "1;31m"), run.out());
		Cli.Run json = Cli.run("validate", "--color", "always", "--format", "json", plan().toString());
		assertFalse(json.out().contains(ESC), json.out());
	}

	@Test
	void configFileWinsOverTheNearestOne() throws IOException {
		Path plan = plan();
		Files.writeString(dir.resolve("plans.properties"), "PLAN-106=info\n");
		Path strict = Files.writeString(dir.resolve("strict.properties"), "warnings-as-errors=true\n");
		Cli.Run nearest = Cli.run("validate", plan.toString());
		assertTrue(nearest.out().contains("info PLAN-106"), nearest.out());
		Cli.Run configured = Cli.run("validate", "--config", strict.toString(), plan.toString());
		assertTrue(configured.out().contains("error PLAN-106"), configured.out());
	}

	@Test
	void missingConfigFileIsAnInputError() throws IOException {
		Cli.Run run = Cli.run("validate", "--config", dir.resolve("nope.properties").toString(), plan().toString());
		assertEquals(2, run.exit(), run.out());
		assertTrue(run.err().contains("nope.properties: no such file (--config names a plans.properties file)"), run.err());
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.cli.report.SarifSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code plans validate} on real files: findings with positions, summaries, every format end to end. */
class ValidateCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	private Path badPlan() throws IOException {
		Files.writeString(dir.resolve("people.plan"), "plan council\nperson ana \"Ana\"\n");
		return Files.writeString(dir.resolve("actions.plan"), """
				plan council "Council plan"
				measure staff "Permanent staff" unit % higher is better
				priority 1 "Workforce" {
				    action 1.1 "Recruit" {
				        lead ana, bob
				        due 2025-03
				        target staff >= 80% by 2025-03
				    }
				}
				""");
	}

	@Test
	void summaryOfEveryPlan() {
		Cli.Run run = Cli.run("validate", Cli.examples().toString());
		assertEquals(0, run.exit(), run.out());
		assertTrue(run.out().contains("demo: Demo Council Improvement Plan (" + Paths.display(Cli.examples()) + "/constructs/all-constructs.plan)"),
				run.out());
		assertTrue(run.out().contains("    1 priority, 1 objective, 4 actions, 5 leads; no errors, 3 warnings"), run.out());
	}

	@Test
	void filesOfOnePlanAreLinkedTogether() throws IOException {
		badPlan();
		Cli.Run run = Cli.run("validate", dir.toString());
		assertEquals(1, run.exit(), run.out());
		String file = Paths.display(dir.resolve("actions.plan"));
		assertTrue(run.out().startsWith(file + ":5:19: error PLAN-002 "), run.out());
		assertTrue(run.out().contains("bob"), run.out());
		assertEquals(1, run.out().lines().filter(l -> l.contains(": error ")).count(), run.out());
		assertTrue(run.out().contains("council: Council plan"), run.out());
		assertTrue(run.out().contains("1 priority, no objectives, 1 action, 1 lead; 1 error, no warnings"), run.out());
	}

	@Test
	void sarifToAFile() throws Exception {
		badPlan();
		Path report = dir.resolve("plans.sarif");
		Cli.Run run = Cli.run("validate", "--format", "sarif", "--output", report.toString(), dir.toString());
		assertEquals(1, run.exit());
		assertEquals("", run.out());
		JsonNode sarif = JSON.readTree(report.toFile());
		assertEquals(java.util.List.of(), SarifSchema.errors(sarif));
		assertEquals("PLAN-002", sarif.at("/runs/0/results/0/ruleId").asString());
		assertEquals("unresolved-reference", sarif.at("/runs/0/tool/driver/rules/0/name").asString());
		assertEquals(5, sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt());
	}

	@Test
	void everyFormatRuns() throws IOException {
		badPlan();
		for (String format : new String[] { "text", "json", "sarif", "junit", "github", "gitlab", "GitHub" }) {
			Cli.Run run = Cli.run("validate", "--format", format, dir.toString());
			assertEquals(1, run.exit(), format + ": " + run.err());
			assertTrue(run.out().contains("bob"), format + ": " + run.out());
		}
	}

	@Test
	void asOfIsADate() {
		assertEquals(0, Cli.run("validate", "--as-of", "2025-01-31", Cli.examples().toString()).exit());
	}
}

package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The packaged plans.jar, run as users run it: the README's main command and its exit codes. */
class PlansJarIT {

	@TempDir
	Path dir;

	private static Processes.Result plans(String... args) throws Exception {
		return Processes.run(Cli.root(), command(args));
	}

	private static String[] command(String... args) {
		String[] command = new String[args.length + 3];
		command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		command[1] = "-jar";
		command[2] = System.getProperty("plans.jar");
		System.arraycopy(args, 0, command, 3, args.length);
		return command;
	}

	@Test
	void reportsOnStandardOutputAreOnlyTheReport() throws Exception {
		Path plan = Files.writeString(dir.resolve("typo.plan"), """
				plan demo
				person sjs "Sarah-Jane Smedmor"
				priority 1 "Workforce" {
				    action 1.1 "Recruit" { lead sjss due 2025-03 }
				}
				""");
		Processes.Result sarif = Processes.runForStandardOutput(Cli.root(), command("validate", "--format", "sarif",
				plan.toString()));
		assertEquals(1, sarif.exit(), sarif.output());
		JsonNode report = new ObjectMapper().readTree(sarif.output());
		List<String> rules = new ArrayList<>();
		report.at("/runs/0/results").forEach(result -> rules.add(result.get("ruleId").asString()));
		assertTrue(rules.contains("PLAN-002"), sarif.output());
	}

	@Test
	void validateAndGenerateTheExamples() throws Exception {
		Processes.Result validate = plans("validate", "examples");
		assertEquals(0, validate.exit(), validate.output());
		assertFalse(validate.output().contains("SLF4J"), "no logging noise: " + validate.output());
		assertTrue(validate.output().contains("demo: Demo Council Improvement Plan (examples/constructs/all-constructs.plan)"),
				validate.output());
		Processes.Result generate = plans("generate", "--target", "all", "--out", dir.toString(), "examples");
		assertEquals(0, generate.exit(), generate.output());
	}

	@Test
	void aFullDiskOnStandardOutputIsAnError() throws Exception {
		java.io.File full = new java.io.File("/dev/full");
		org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
		Path csv = Files.writeString(dir.resolve("actions.csv"), "Ref,Action,Lead,Deadline\n1.1,Recruit,HR,December 2019\n");
		for (String[] args : List.of(new String[] { "validate", "--format", "json", "examples" }, new String[] { "import", csv.toString() })) {
			Process process = new ProcessBuilder(command(args)).directory(Cli.root().toFile()).redirectOutput(full)
					.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
			String errors = new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertEquals(2, process.waitFor(), String.join(" ", args) + ": " + errors);
			assertTrue(errors.contains("plans: cannot write to standard output"), errors);
		}
	}

	@Test
	void versionFromTheManifest() throws Exception {
		Processes.Result version = plans("--version");
		assertEquals(0, version.exit());
		assertTrue(version.output().matches("plans \\d+\\.\\d+\\.\\d+.*\\s*"), version.output());
	}

	@Test
	void inputProblemsWithoutStackTraces() throws Exception {
		Path notes = Files.write(dir.resolve("notes.txt"), new byte[] { 0, 1 });
		Processes.Result result = plans("validate", notes.toString(), dir.resolve("missing").toString());
		assertEquals(2, result.exit());
		assertEquals(2, result.output().strip().lines().count(), result.output());
		assertFalse(result.output().contains("Exception"), result.output());
	}
}

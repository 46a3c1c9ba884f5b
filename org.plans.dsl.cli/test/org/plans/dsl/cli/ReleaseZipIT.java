package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plans-<version>.zip, unpacked away from the repository, runs the README's first command. */
class ReleaseZipIT {

	@TempDir
	Path dir;

	private Path unpack() throws Exception {
		Path zip = Path.of(System.getProperty("plans.zip"));
		assertTrue(Files.isRegularFile(zip), zip + " is built by ./mvnw package");
		Processes.Result unzip = Processes.run(dir, "unzip", "-q", zip.toString());
		assertEquals(0, unzip.exit(), unzip.output());
		return dir.resolve(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
	}

	/** A repository that holds only a plan: an example, and a copy with an error. */
	private Path plansOnly(boolean withError) throws Exception {
		Path work = Files.createDirectories(dir.resolve(withError ? "broken" : "plans-only"));
		String plan = Files.readString(Cli.examples().resolve("cambridgeshire-ofsted-2024.plan"));
		Files.writeString(work.resolve("plan.plan"), withError ? plan.replaceFirst("\\{", "{ oops") : plan);
		return work;
	}

	@Test
	void theUnpackedReleaseValidatesAPlan() throws Exception {
		Path home = unpack();
		String folder = home.getFileName().toString();
		assertTrue(Files.isRegularFile(home.resolve("lib/plans.jar")));
		assertTrue(Files.isExecutable(home.resolve("bin/plans")), "bin/plans keeps its executable bit");
		assertTrue(Files.readString(home.resolve("bin/plans.cmd")).contains("\r\n"), "the Windows script has CRLF line ends");

		Path work = plansOnly(false);
		Processes.Result run = Processes.run(work, home.resolve("bin/plans").toString(), "validate", "plan.plan");
		assertEquals(0, run.exit(), run.output());
		assertTrue(run.output().contains("plan.plan"), run.output());

		Processes.Result version = Processes.run(work, home.resolve("bin/plans").toString(), "--version");
		assertEquals(0, version.exit(), version.output());
		assertTrue(version.output().contains(folder.substring("plans-".length())), version.output());
	}

	/** bin/plans sends validate to the warm daemon when asked (docs/daemon.md), and daemon start|stop|status to its client. */
	@Test
	void theReleaseUsesTheDaemonOnRequest() throws Exception {
		String plans = unpack().resolve("bin/plans").toString();
		Path work = plansOnly(false);
		String place = "PLANS_DAEMON_DIR=" + dir.resolve("daemon");
		try {
			Processes.Result run = Processes.run(work, "env", place, plans, "--daemon", "validate", "plan.plan");
			assertEquals(0, run.exit(), run.output());
			assertTrue(run.output().contains("plan.plan"), run.output());
			Processes.Result status = Processes.run(work, "env", place, plans, "daemon", "status");
			assertEquals(0, status.exit(), status.output());
			assertTrue(status.output().contains(", 1 runs,"), status.output());
			Processes.Result again = Processes.run(work, "env", place, "PLANS_DAEMON=on", "CI=", plans, "validate", "plan.plan");
			assertEquals(run.output(), again.output());
			assertTrue(Processes.run(work, "env", place, plans, "daemon", "status").output().contains(", 2 runs,"));
		} finally {
			Processes.Result stop = Processes.run(work, "env", place, plans, "daemon", "stop");
			assertEquals("plans daemon: stopped\n", stop.output());
		}
	}

	/** The last step of the root's action.yml, run as GitHub runs it: bash, with the action's environment. */
	@Test
	void theGithubActionRunsThePlansCommand() throws Exception {
		Path plans = unpack().resolve("bin/plans");
		List<String> lines = Files.readAllLines(Cli.root().resolve("action.yml"));
		int run = lines.lastIndexOf("      run: |");
		assertTrue(run > 0, "action.yml ends with a run step");
		String script = String.join("\n", lines.subList(run + 1, lines.size()).stream().map(String::strip).toList());
		for (boolean withError : List.of(false, true)) {
			Processes.Result result = Processes.run(plansOnly(withError), "env", "PLANS=" + plans, "PLANS_ARGS=validate --format github plan.plan",
					"bash", "-e", "-c", script);
			assertEquals(withError ? 1 : 0, result.exit(), result.output());
			assertTrue(result.output().contains(withError ? "::error file=plan.plan" : "::warning file=plan.plan"), result.output());
		}
	}

	/** Each hook of .pre-commit-hooks.yaml as pre-commit runs it: its entry with the staged .plan files, plans on the PATH. */
	@Test
	void thePreCommitHooksRunAgainstTheRelease() throws Exception {
		Path bin = unpack().resolve("bin");
		List<String> entries = Files.readAllLines(Cli.root().resolve(".pre-commit-hooks.yaml")).stream()
				.filter(l -> l.startsWith("  entry: ")).map(l -> l.substring("  entry: ".length())).toList();
		assertEquals(List.of("plans validate", "plans format --check"), entries);
		String path = bin + ":" + System.getenv("PATH");
		Processes.Result validate = Processes.run(plansOnly(true), "env", "PATH=" + path, "bash", "-c", entries.get(0) + " plan.plan");
		assertEquals(1, validate.exit(), validate.output());
		Path formatted = plansOnly(false);
		Processes.Result format = Processes.run(formatted, "env", "PATH=" + path, "bash", "-c", entries.get(1) + " plan.plan");
		assertTrue(format.exit() == 0 || format.output().startsWith("--- a/plan.plan"), format.output());
	}

	/** The script lines of docs/ci.md's GitLab recipe for a plans-only repository, run with the zip beside the plans. */
	@Test
	void theGitlabRecipeRunsAgainstTheZip() throws Exception {
		String doc = Files.readString(Cli.root().resolve("docs/ci.md"));
		String recipe = doc.substring(doc.indexOf("**GitLab CI**"), doc.indexOf("**pre-commit**"));
		List<String> script = recipe.lines().takeWhile(l -> !l.startsWith("  artifacts:"))
				.filter(l -> l.startsWith("    - ")).map(l -> l.substring(6)).toList();
		assertEquals(3, script.size(), recipe);
		Path work = Files.createDirectories(dir.resolve("gitlab"));
		Files.createDirectories(work.resolve("plans"));
		Files.copy(plansOnly(false).resolve("plan.plan"), work.resolve("plans/plan.plan"));
		Path zip = Path.of(System.getProperty("plans.zip"));
		Files.copy(zip, work.resolve(zip.getFileName()));
		Processes.Result result = Processes.run(work, "bash", "-e", "-c", String.join("\n", script));
		assertEquals(0, result.exit(), result.output());
		assertTrue(Files.readString(work.resolve("plans-junit.xml")).contains("<testcase"), result.output());
	}
}

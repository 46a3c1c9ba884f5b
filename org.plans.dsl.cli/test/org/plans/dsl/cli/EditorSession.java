package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editor run headless on a plan with a mistake, with the packaged jar on the PATH as
 * {@code plans} (as the release zip's bin/plans is), a home folder of its own, and a probe
 * script that writes what the editor saw as JSON to {@code $PLANS_EDITOR_OUT} (the plan is
 * {@code $PLANS_EDITOR_PLAN}).
 */
final class EditorSession {

	/** An unknown lead (PLAN-002, line 4) among otherwise plain plan text. */
	static final String PLAN = """
			plan demo "Demo"
			person sjs "Sarah-Jane Smedmor"
			priority 1 "Workforce" {
			    action 1.1 "Recruit" { lead sjss due 2025-03 }
			}
			""";

	final Path dir;
	final Path plan;

	/** A session in {@code dir} for an editor that {@code installer} in .ci/deps/ installs before the integration tests. */
	EditorSession(Path dir, String editor, String installer) throws IOException {
		assertTrue(Files.isExecutable(Path.of(editor)), editor + " is installed by .ci/deps/" + installer + " before the integration tests");
		this.dir = dir;
		Path bin = Files.createDirectories(dir.resolve("bin"));
		Path plans = Files.writeString(bin.resolve("plans"), "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
				+ "' -jar '" + System.getProperty("plans.jar") + "' \"$@\"\n");
		Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("rwxr-xr-x"));
		this.plan = Files.writeString(Files.createDirectories(dir.resolve("plans")).resolve("typo.plan"), PLAN);
	}

	/** Writes docs/editors.md's block of {@code language} under {@code ## heading} into the session's folder. */
	Path documented(String heading, String language, String fileName) throws IOException {
		return Files.writeString(dir.resolve(fileName), EditorDocs.block(heading, language));
	}

	/** Writes a file into the session's folder (outside the plans). */
	Path write(String fileName, String text) throws IOException {
		return Files.writeString(dir.resolve(fileName), text);
	}

	/** The first element of a JSON array that matches, failing with the whole array if none does. */
	static JsonNode first(JsonNode array, java.util.function.Predicate<JsonNode> test, String what) {
		for (JsonNode element : array) {
			if (test.test(element)) {
				return element;
			}
		}
		throw new AssertionError(what + ": " + array);
	}

	/** Runs the editor in the plan's folder until it quits (at most four minutes) and reads what the probe wrote. */
	JsonNode run(List<String> command) throws IOException, InterruptedException {
		Path out = dir.resolve("seen.json");
		Path log = dir.resolve("editor.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(plan.getParent().toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
		builder.environment().put("HOME", dir.toString());
		for (String xdg : List.of("CONFIG", "DATA", "STATE", "CACHE")) {
			builder.environment().put("XDG_" + xdg + "_HOME", dir.resolve(xdg.toLowerCase(java.util.Locale.ROOT)).toString());
		}
		builder.environment().put("PLANS_EDITOR_OUT", out.toString());
		builder.environment().put("PLANS_EDITOR_PLAN", plan.toString());
		Process editor = builder.start();
		try {
			assertTrue(editor.waitFor(4, TimeUnit.MINUTES), "the editor did not finish: " + Files.readString(log));
		} finally {
			editor.descendants().forEach(ProcessHandle::destroyForcibly);
			editor.destroyForcibly();
		}
		assertTrue(Files.exists(out), "the editor wrote nothing; its output: " + Files.readString(log));
		return JsonMapper.builder().build().readTree(out.toFile());
	}
}

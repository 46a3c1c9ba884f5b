package org.plans.dsl.tests.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.plans.dsl.tests.support.TestFiles;

/**
 * The real Redmine the sync test runs against, through the project's scripts:
 * {@code .ci/deps/redmine.sh} installs it from Debian (no-op when installed),
 * {@code redmine-start.sh} starts it on 127.0.0.1, {@code redmine-stop.sh} stops it.
 */
final class RedmineServer {

	final String url;
	final String apiKey;

	private RedmineServer(String url, String apiKey) {
		this.url = url;
		this.apiKey = apiKey;
	}

	static RedmineServer start() {
		run("redmine.sh", 20);
		Map<String, String> env = new HashMap<>();
		for (String line : run("redmine-start.sh", 5).lines().toList()) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				env.put(line.substring(0, eq), line.substring(eq + 1).trim());
			}
		}
		if (!env.containsKey("REDMINE_URL") || !env.containsKey("REDMINE_API_KEY")) {
			throw new AssertionError("redmine-start.sh printed no URL and key");
		}
		return new RedmineServer(env.get("REDMINE_URL"), env.get("REDMINE_API_KEY"));
	}

	static void stop() {
		run("redmine-stop.sh", 1);
	}

	/** Runs a script of .ci/deps and returns its output; fails with the output when it fails. */
	private static String run(String script, int minutes) {
		Path path = TestFiles.root().resolve(".ci/deps").resolve(script);
		try {
			Path log = Files.createTempFile("plans-" + script, ".log");
			ProcessBuilder builder = new ProcessBuilder(List.of("sh", path.toString())).redirectErrorStream(true)
					.redirectOutput(log.toFile());
			// one server per checkout, so builds of several checkouts on one machine do not stop each other's
			builder.environment().put("PLANS_REDMINE_STATE",
					TestFiles.root().resolve("org.plans.dsl.tests/target/redmine").toString());
			Process process = builder.start();
			boolean done = process.waitFor(minutes, TimeUnit.MINUTES);
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.deleteIfExists(log);
			if (!done) {
				process.destroyForcibly();
				throw new AssertionError(script + " did not finish within " + minutes + " min:\n" + output);
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(script + " failed (exit " + process.exitValue() + "):\n" + output);
			}
			return output;
		} catch (IOException e) {
			throw new AssertionError("cannot run " + path + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted running " + script, e);
		}
	}
}

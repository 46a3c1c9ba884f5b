package org.plans.dsl.cli.client;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a daemon for a jar, in the background, and waits until it answers. The daemon runs in
 * its own session ({@code setsid}, where there is one), so that Ctrl-C in the terminal that
 * started it stops the client's run, not the daemon; its output goes to the place's log.
 */
final class DaemonLauncher {

	/** The daemon's class: the language, the socket, the runs. */
	static final String MAIN = "org.plans.dsl.cli.daemon.DaemonMain";

	/** How long a client waits for a daemon it started to answer (the set-up takes 1 to 5 s on 2 cores). */
	private static final long WAIT_MILLIS = 60_000;

	private DaemonLauncher() {
	}

	/** Starts a daemon at {@code place} and returns once it answers, or false (then the log says why). */
	static boolean start(DaemonPlace place, Path jar, Map<String, String> environment) throws IOException {
		place.secure();
		List<String> command = new ArrayList<>();
		if (new File("/usr/bin/setsid").canExecute()) {
			command.add("/usr/bin/setsid");
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String options = environment.getOrDefault("PLANS_DAEMON_JAVA_OPTS", "").strip();
		// a long run: the full JIT; the parallel collector (less CPU per run and a lower peak than
		// G1 in bench/run) unless the options choose one, such as G1 to give memory back when idle
		if (!options.matches(".*-XX:\\+Use\\w+GC.*")) {
			command.add("-XX:+UseParallelGC");
		}
		command.addAll(List.of("-XX:MetaspaceSize=96m", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
		if (!options.isEmpty()) {
			command.addAll(List.of(options.split("\\s+")));
		}
		command.addAll(List.of("-cp", jar.toString(), MAIN, place.socket().toString(),
				environment.getOrDefault("PLANS_DAEMON_IDLE", "3h")));
		// in its own folder: a run reads the client's folder only through its request
		Process process = new ProcessBuilder(command).directory(place.folder().toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(place.log().toFile())).start();
		long until = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < until) {
			if (Files.exists(place.socket()) && answers(place, jar)) {
				return true;
			}
			if (!process.isAlive()) {
				// it failed, or found another daemon already there (setsid does not fork here: the
				// client's child leads no process group)
				return answers(place, jar);
			}
			sleep();
		}
		return false;
	}

	/** Whether a daemon of this jar answers at {@code place}. */
	static boolean answers(DaemonPlace place, Path jar) {
		DaemonAnswer answer = DaemonAnswer.ask(place.socket(), DaemonRequest.control(DaemonRequest.Kind.STATUS, JarIdentity.of(jar)),
				OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
		return answer.outcome() == DaemonAnswer.Outcome.DONE;
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

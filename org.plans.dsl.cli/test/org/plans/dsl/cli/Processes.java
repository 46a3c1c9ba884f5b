package org.plans.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion (or kills it after five minutes) and keeps its output. */
final class Processes {

	record Result(int exit, String output) {
	}

	private Processes() {
	}

	/** Runs {@code command}; the result's output is what it wrote to standard output and standard error. */
	static Result run(Path directory, String... command) throws IOException, InterruptedException {
		return run(directory, true, command);
	}

	/** Runs {@code command}; the result's output is what it wrote to standard output only. */
	static Result runForStandardOutput(Path directory, String... command) throws IOException, InterruptedException {
		return run(directory, false, command);
	}

	private static Result run(Path directory, boolean withErrors, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		if (withErrors) {
			builder.redirectErrorStream(true);
		} else {
			builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		}
		Process process = builder.start();
		byte[][] output = new byte[1][];
		Thread reader = new Thread(() -> {
			try {
				output[0] = process.getInputStream().readAllBytes();
			} catch (IOException e) {
				output[0] = e.toString().getBytes(StandardCharsets.UTF_8);
			}
		});
		reader.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("timed out: " + String.join(" ", command));
		}
		reader.join();
		return new Result(process.exitValue(), new String(output[0], StandardCharsets.UTF_8));
	}
}

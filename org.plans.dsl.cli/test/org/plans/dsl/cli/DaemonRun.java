package org.plans.dsl.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of a plans jar as a process, with a folder, environment and standard input of its
 * own: through the client class ({@code --daemon}) or as {@code java -jar} in process.
 */
record DaemonRun(int exit, String out, String err) {

	static final String CLIENT = "org.plans.dsl.cli.client.PlansClient";

	/** {@code java -cp JAR PlansClient ARGS} (the launchers' way to the daemon). */
	static DaemonRun client(Path jar, Path folder, Map<String, String> environment, byte[] input, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-cp", jar.toString(), CLIENT));
		command.addAll(List.of(args));
		return run(command, folder, environment, input);
	}

	/** {@code java -jar JAR ARGS}, as plans runs without the daemon. */
	static DaemonRun inProcess(Path jar, Path folder, Map<String, String> environment, byte[] input, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		return run(command, folder, environment, input);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static DaemonRun run(List<String> command, Path folder, Map<String, String> environment, byte[] input)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("PLANS_") || name.equals("CI"));
		builder.environment().putAll(environment);
		if (input == null) {
			builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		}
		Process process = builder.start();
		CompletableFuture<byte[]> out = read(process.getInputStream());
		CompletableFuture<byte[]> err = read(process.getErrorStream());
		if (input != null) {
			try (var stdin = process.getOutputStream()) {
				stdin.write(input);
			}
		}
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("timed out: " + String.join(" ", command));
		}
		return new DaemonRun(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
				new String(err.join(), StandardCharsets.UTF_8));
	}

	/** On a thread of its own: a pipe left unread would stop the process. */
	private static CompletableFuture<byte[]> read(InputStream stream) {
		CompletableFuture<byte[]> bytes = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try {
				bytes.complete(stream.readAllBytes());
			} catch (IOException e) {
				bytes.complete(e.toString().getBytes(StandardCharsets.UTF_8));
			}
		});
		reader.setDaemon(true);
		reader.start();
		return bytes;
	}
}

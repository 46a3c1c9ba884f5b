package org.plans.dsl.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;

/**
 * What one run of {@code plans} sees of the world outside its arguments: the folder it runs in,
 * the environment, whether it writes to a terminal, and standard input. A process's own run sees
 * the process's; a run of the daemon ({@code org.plans.dsl.cli.daemon}) sees its client's, as if
 * the client had run it. Runs of the daemon take turns, so one run is current at a time.
 */
public final class Invocation {

	private static final Invocation PROCESS = new Invocation(Path.of("").toAbsolutePath(), System.getenv(),
			System.console() != null, () -> System.in, true);

	private static volatile Invocation current = PROCESS;

	private final Path folder;
	private final Map<String, String> environment;
	private final boolean terminal;
	private final Supplier<InputStream> standardInput;
	private final boolean process;
	/** Each file's path as shown, worked out once per file and run: reports name a file thousands of times. */
	private final Map<URI, String> shown = new ConcurrentHashMap<>();

	private Invocation(Path folder, Map<String, String> environment, boolean terminal, Supplier<InputStream> standardInput,
			boolean process) {
		this.folder = folder;
		this.environment = Map.copyOf(environment);
		this.terminal = terminal;
		this.standardInput = standardInput;
		this.process = process;
	}

	/** A client's run: its folder (absolute), the environment it passed, its terminal, its standard input. */
	public static Invocation of(Path folder, Map<String, String> environment, boolean terminal, InputStream standardInput) {
		Objects.requireNonNull(standardInput);
		return new Invocation(folder.toAbsolutePath().normalize(), environment, terminal, () -> standardInput, false);
	}

	public static Invocation current() {
		return current;
	}

	/** Runs {@code run} as {@code invocation}; the caller makes runs take turns. */
	public static <T> T as(Invocation invocation, Supplier<T> run) {
		current = invocation;
		try {
			return run.get();
		} finally {
			current = PROCESS;
		}
	}

	/** The folder relative paths are read from. */
	public Path folder() {
		return folder;
	}

	public Map<String, String> environment() {
		return environment;
	}

	/** Whether standard input and output are a terminal ({@code System.console()} of the run's process). */
	public boolean terminal() {
		return terminal;
	}

	public InputStream standardInput() {
		return standardInput.get();
	}

	/** Whether this is the process's own run (not a client's run in the daemon). */
	boolean isProcess() {
		return process;
	}

	/** A path given on the command line, relative to the run's folder; {@code -} (standard input) as it is. */
	Path path(String text) {
		return text.equals("-") ? Path.of(text) : folder.resolve(text);
	}

	String shown(URI file, Supplier<String> display) {
		return shown.computeIfAbsent(file, u -> display.get());
	}
}

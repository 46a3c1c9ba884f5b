package org.plans.dsl.cli.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plans daemon start|stop|status}, and a run through the daemon: started on demand,
 * started again when it runs another build or its socket is stale.
 */
public final class DaemonControl {

	/** {@code status}: the exit code when no daemon runs (as LSB's {@code status} says). */
	public static final int NOT_RUNNING = 3;

	private final DaemonPlace place;
	private final Path jar;
	private final Map<String, String> environment;

	public DaemonControl(DaemonPlace place, Path jar, Map<String, String> environment) {
		this.place = place;
		this.jar = jar;
		this.environment = environment;
	}

	/** The daemon of the running jar, placed as the environment says. */
	public static DaemonControl of(Map<String, String> environment) {
		Path jar = JarIdentity.jar();
		return new DaemonControl(DaemonPlace.of(environment, jar), jar, environment);
	}

	/** {@code plans daemon ARGS}; returns the exit code. */
	public int command(List<String> args, PrintWriter out, PrintWriter err) {
		String what = args.isEmpty() ? "" : args.get(0);
		try {
			return switch (what) {
			case "start" -> start(out, err);
			case "stop" -> stop(out);
			case "status" -> status(out);
			case "--help", "-h" -> {
				usage(out);
				yield 0;
			}
			default -> {
				err.println("plans daemon: say start, stop or status"
						+ (what.isEmpty() || what.startsWith("-") ? "" : ", not '" + what + "'"));
				usage(err);
				yield 2;
			}
			};
		} catch (IOException e) {
			err.println("plans daemon: " + e.getMessage());
			return 2;
		}
	}

	private static void usage(PrintWriter out) {
		out.println("Usage: plans daemon start|stop|status (docs/daemon.md)");
		out.println("  start   start the daemon (it also starts on the first run with PLANS_DAEMON=on or --daemon)");
		out.println("  stop    stop it");
		out.println("  status  say whether it runs (exit code 0) or not (" + NOT_RUNNING + ")");
	}

	private int start(PrintWriter out, PrintWriter err) throws IOException {
		if (DaemonLauncher.answers(place, jar)) {
			out.println("plans daemon: already running (" + place.socket() + ")");
			return 0;
		}
		stopStale();
		if (!DaemonLauncher.start(place, jar, environment)) {
			err.println("plans daemon: did not start; see " + place.log());
			return 2;
		}
		out.println("plans daemon: started (" + place.socket() + ")");
		return 0;
	}

	private int stop(PrintWriter out) throws IOException {
		DaemonAnswer answer = DaemonAnswer.ask(place.socket(), DaemonRequest.control(DaemonRequest.Kind.STOP, JarIdentity.of(jar)),
				OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
		boolean stale = Files.deleteIfExists(place.socket());
		out.println(answer.outcome() == DaemonAnswer.Outcome.DONE || answer.outcome() == DaemonAnswer.Outcome.STALE
				? "plans daemon: stopped" : stale ? "plans daemon: not running (removed a stale socket)" : "plans daemon: not running");
		return 0;
	}

	private int status(PrintWriter out) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		DaemonAnswer answer = DaemonAnswer.ask(place.socket(), DaemonRequest.control(DaemonRequest.Kind.STATUS, JarIdentity.of(jar)),
				text, OutputStream.nullOutputStream());
		switch (answer.outcome()) {
		case DONE -> {
			out.print(text.toString(StandardCharsets.UTF_8));
			return 0;
		}
		case STALE -> out.println("plans daemon: a daemon of an earlier build was running; it stops (" + place.socket() + ")");
		default -> out.println("plans daemon: not running (" + place.socket() + ")");
		}
		return NOT_RUNNING;
	}

	/**
	 * Runs {@code request} through the daemon, starting one if none answers (or one of another
	 * build did); empty when there is none to run it, and nothing was written: run it in process.
	 */
	public Optional<Integer> run(DaemonRequest request, OutputStream out, OutputStream err) {
		for (int attempt = 0; attempt < 2; attempt++) {
			DaemonAnswer answer = DaemonAnswer.ask(place.socket(), request, out, err);
			switch (answer.outcome()) {
			case DONE -> {
				return Optional.of(answer.exit());
			}
			case BROKEN -> {
				new PrintStream(err, true, StandardCharsets.UTF_8).println("plans: the daemon stopped during the run ("
						+ answer.message() + "); see " + place.log());
				return Optional.of(2);
			}
			case REFUSED -> {
				return Optional.empty();
			}
			case STALE, UNAVAILABLE -> {
				if (attempt == 0 && !startAfresh()) {
					return Optional.empty();
				}
			}
			}
		}
		return Optional.empty();
	}

	private boolean startAfresh() {
		try {
			stopStale();
			return DaemonLauncher.start(place, jar, environment);
		} catch (IOException e) {
			return false;
		}
	}

	/** Removes a socket file no daemon of this build answers at (a daemon of another build stops when asked). */
	private void stopStale() throws IOException {
		if (Files.exists(place.socket()) && !DaemonLauncher.answers(place, jar)) {
			Files.deleteIfExists(place.socket());
		}
	}
}

package org.plans.dsl.cli.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code System.out} and {@code System.err} of the daemon: during a run, the run's client (so a
 * library that prints, or Xtext's log, reaches the client as it would the terminal of a run in
 * process); between runs, the daemon's log.
 */
final class StandardStreams {

	private static final Switch OUT = new Switch(System.out);
	private static final Switch ERR = new Switch(System.err);

	private StandardStreams() {
	}

	/** Replaces {@code System.out} and {@code System.err} with streams that follow the run. */
	static void install() {
		System.setOut(new PrintStream(OUT, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(ERR, true, StandardCharsets.UTF_8));
	}

	static void toRun(OutputStream out, OutputStream err) {
		OUT.target = out;
		ERR.target = err;
	}

	static void toLog() {
		System.out.flush();
		System.err.flush();
		OUT.target = OUT.log;
		ERR.target = ERR.log;
	}

	private static final class Switch extends OutputStream {

		private final OutputStream log;
		private volatile OutputStream target;

		Switch(OutputStream log) {
			this.log = log;
			this.target = log;
		}

		@Override
		public void write(int b) throws IOException {
			target.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			target.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			target.flush();
		}
	}
}

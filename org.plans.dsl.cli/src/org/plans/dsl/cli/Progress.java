package org.plans.dsl.cli;

import java.io.PrintWriter;

import org.plans.dsl.escaping.Terminal;

/**
 * One progress line on stderr, rewritten in place, shown only when a run handles many files
 * and stderr is a terminal (so logs and pipes never see it).
 */
final class Progress {

	static final int MANY_FILES = 20;

	private final PrintWriter err;
	private final boolean enabled;
	private int width;

	Progress(PrintWriter err, int files) {
		this.err = err;
		this.enabled = files >= MANY_FILES && Invocation.current().terminal();
	}

	void show(String text) {
		if (enabled) {
			String shown = Terminal.line(text);
			err.print("\r" + shown + " ".repeat(Math.max(0, width - shown.length())));
			err.flush();
			width = shown.length();
		}
	}

	void clear() {
		if (enabled && width > 0) {
			err.print("\r" + " ".repeat(width) + "\r");
			err.flush();
			width = 0;
		}
	}
}

package org.plans.dsl.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Errors Xtext logged instead of throwing: the validator and the linker catch exceptions of
 * checks and scopes and only log them, so a crash there would pass unseen without this.
 */
final class LoggedErrors extends AppenderSkeleton {

	private static final LoggedErrors INSTANCE = new LoggedErrors();

	static {
		Logger.getRootLogger().addAppender(INSTANCE);
	}

	private final List<String> errors = new ArrayList<>();

	private LoggedErrors() {
	}

	/** Runs {@code action} and fails if it logged an error (with the logged exception as cause). */
	static void failOnLoggedError(Runnable action) {
		synchronized (INSTANCE) {
			INSTANCE.errors.clear();
		}
		action.run();
		synchronized (INSTANCE) {
			if (!INSTANCE.errors.isEmpty()) {
				throw new AssertionError("logged instead of thrown: " + INSTANCE.errors);
			}
		}
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			String thrown = event.getThrowableStrRep() == null ? "" : String.join("\n", event.getThrowableStrRep());
			errors.add(event.getRenderedMessage() + "\n" + thrown);
		}
	}

	@Override
	public void close() {
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}

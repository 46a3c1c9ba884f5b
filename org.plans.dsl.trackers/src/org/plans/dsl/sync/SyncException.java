package org.plans.dsl.sync;

/** A sync that cannot go on, with one message a user can act on (no stack trace needed). */
public class SyncException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SyncException(String message) {
		super(message);
	}

	public SyncException(String message, Throwable cause) {
		super(message, cause);
	}
}

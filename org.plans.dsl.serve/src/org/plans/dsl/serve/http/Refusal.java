package org.plans.dsl.serve.http;

/** A request the server answers with an error status and a message in plain words. */
final class Refusal extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	Refusal(int status, String message) {
		super(message);
		this.status = status;
	}

	int status() {
		return status;
	}
}

package org.plans.dsl.cli;

import java.util.List;

/**
 * Problems with what the user gave the command (files, directories, option values): each is
 * printed on its own line as {@code plans: <problem>}, and the command exits with 2 — never a
 * stack trace.
 */
public class InputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public InputException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	public InputException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return problems;
	}
}

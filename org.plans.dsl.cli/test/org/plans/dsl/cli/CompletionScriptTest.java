package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code plans generate-completion} prints a bash and zsh completion script that knows the commands and options. */
class CompletionScriptTest {

	@Test
	void theScriptCompletesCommandsAndOptions() {
		Cli.Run run = Cli.run("generate-completion");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("complete -F _complete_plans"), run.out());
		assertTrue(run.out().contains("validate") && run.out().contains("--max-warnings"), run.out());
	}
}

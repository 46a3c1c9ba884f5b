package org.plans.dsl.cli;

import java.util.concurrent.Callable;

import org.plans.dsl.ide.server.PlansLanguageServer;

import picocli.CommandLine.Command;

/** {@code plans lsp}: the language server on standard input and output. */
@Command(name = "lsp", description = "Run the language server on stdin/stdout, for editors.")
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		PlansLanguageServer.main(new String[0]);
		return 0;
	}
}

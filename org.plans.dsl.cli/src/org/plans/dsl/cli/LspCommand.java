package org.plans.dsl.cli;

import java.util.concurrent.Callable;

import org.plans.dsl.ide.server.PlansLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plans lsp}: the language server on standard input and output. */
@Command(name = "lsp", description = "Run the language server on stdin/stdout, for editors.")
public class LspCommand implements Callable<Integer> {

	/** Accepted for the editors' client templates that pass it: stdio is the only transport. */
	@Option(names = "--stdio", description = "Speak LSP on stdin/stdout (the default and only transport).")
	boolean stdio;

	@Override
	public Integer call() {
		PlansLanguageServer.main(new String[0]);
		return 0;
	}
}

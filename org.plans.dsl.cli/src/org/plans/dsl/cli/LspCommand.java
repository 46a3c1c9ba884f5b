package org.plans.dsl.cli;

import java.util.ArrayList;
import java.util.List;
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

	/** Xtext's own server flags, which clients made for Xtext languages pass. */
	@Option(names = "-log", description = "Write the server's standard output and error to a log file in the current folder.")
	boolean log;

	@Option(names = "-trace", description = "Trace every message (into the -log file).")
	boolean trace;

	@Option(names = "-noValidate", description = "Do not check incoming messages against the protocol's types.")
	boolean noValidate;

	@Override
	public Integer call() {
		PlansLanguageServer.main(serverArgs());
		return 0;
	}

	/** The flags as Xtext's server launcher reads them. */
	String[] serverArgs() {
		List<String> args = new ArrayList<>();
		if (log) {
			args.add("-log");
		}
		if (trace) {
			args.add("-trace");
		}
		if (noValidate) {
			args.add("-noValidate");
		}
		return args.toArray(String[]::new);
	}
}

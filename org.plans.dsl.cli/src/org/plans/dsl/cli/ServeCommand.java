package org.plans.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.plans.dsl.serve.AccessToken;
import org.plans.dsl.serve.PlansServer;
import org.plans.dsl.serve.ServeOptions;
import org.plans.dsl.serve.lsp.ServeLimits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plans serve}: edit and preview the plans of a folder in a browser (docs/serve.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Edit and preview the plans of a folder in a browser: the editor page, saving, generating and the language server.",
				"Binds 127.0.0.1 unless --host is given; on any other address every request needs the token it prints (or --token-file)." })
public class ServeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--port", paramLabel = "N", description = "Port to listen on (default ${DEFAULT-VALUE}; 0: any free port).")
	private int port = ServeOptions.DEFAULT_PORT;

	@Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default ${DEFAULT-VALUE}). Any other needs the token.")
	private String host = ServeOptions.LOCAL;

	@Option(names = "--read-only", description = "Do not save: the page only shows, checks and previews.")
	private boolean readOnly;

	@Option(names = "--token-file", paramLabel = "F", description = "Read the token from this file's first line instead of making one up.")
	private Path tokenFile;

	@Option(names = "--max-connections", paramLabel = "N", description = "Editor connections (browser tabs) at a time (default ${DEFAULT-VALUE}).")
	private int connections = ServeLimits.DEFAULT.connections();

	@Option(names = "--max-open-documents", paramLabel = "N", description = "Documents one connection may have open (default ${DEFAULT-VALUE}).")
	private int openDocuments = ServeLimits.DEFAULT.openDocuments();

	@Option(names = "--max-open-mb", paramLabel = "MB", description = "Text of the documents one connection has open, in all (default ${DEFAULT-VALUE}).")
	private int openMegabytes = (int) (ServeLimits.DEFAULT.openChars() >> 20);

	@Option(names = "--max-message-mb", paramLabel = "MB", description = "Largest message on the language server's WebSocket (default ${DEFAULT-VALUE}).")
	private int messageMegabytes = ServeLimits.DEFAULT.messageBytes() >> 20;

	@Option(names = "--idle-minutes", paramLabel = "M", description = "Close a connection that sends nothing for this long (default ${DEFAULT-VALUE}; 0: never; 0.5 is 30 seconds).")
	private double idleMinutes = ServeLimits.DEFAULT.idle().toMinutes();

	@Parameters(arity = "1", paramLabel = "DIR", description = "The folder of plans to serve.")
	private Path folder;

	@Override
	public Integer call() throws Exception {
		if (!Files.isDirectory(folder)) {
			throw new InputException(Paths.display(folder) + ": not a folder");
		}
		if (port < 0 || port > 65535) {
			throw new InputException("--port " + port + ": not a port (0 to 65535)");
		}
		ServeLimits limits = limits();
		Optional<String> token = Optional.empty();
		if (tokenFile != null) {
			try {
				token = Optional.of(AccessToken.fromFile(tokenFile));
			} catch (IOException e) {
				throw new InputException("--token-file: " + e.getMessage());
			}
		} else if (ServeOptions.needsToken(host)) {
			token = Optional.of(AccessToken.random());
		}
		PlansServer server;
		try {
			server = PlansServer.start(new ServeOptions(folder, host, port, readOnly, token, limits), System.err);
		} catch (IOException e) {
			throw new InputException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")"
					+ (e instanceof BindException || e.getCause() instanceof BindException ? "; is another server on that port?" : ""));
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println("plans serve: " + Paths.display(folder) + (readOnly ? " (read-only)" : "") + " at " + server.address());
		if (token.isPresent()) {
			out.println("plans serve: every request needs the token; share the address above only with the people who may edit");
		}
		out.println("plans serve: Ctrl+C stops it");
		out.flush();
		server.join();
		return 0;
	}

	private ServeLimits limits() {
		if (connections < 1 || openDocuments < 1 || openMegabytes < 1 || messageMegabytes < 1 || messageMegabytes > 512
				|| !(idleMinutes >= 0) || idleMinutes > 100_000) {
			throw new InputException("--max-connections, --max-open-documents, --max-open-mb and --max-message-mb (up to 512)"
					+ " must be 1 or more, --idle-minutes 0 or more");
		}
		return new ServeLimits(connections, messageMegabytes << 20, openDocuments, (long) openMegabytes << 20,
				Duration.ofMillis(Math.round(idleMinutes * 60_000)));
	}
}

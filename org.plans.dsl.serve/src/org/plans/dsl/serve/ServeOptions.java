package org.plans.dsl.serve;

import java.nio.file.Path;
import java.util.Optional;

import org.plans.dsl.serve.lsp.ServeLimits;

/**
 * How {@code plans serve} runs: the folder, the address and port (0: any free port), whether
 * saving is off, the token every request must carry (none on the default 127.0.0.1), and the
 * limits on editor connections.
 */
public record ServeOptions(Path folder, String host, int port, boolean readOnly, Optional<String> token, ServeLimits limits) {

	/** The address {@code plans serve} binds unless told otherwise; the only one without a token. */
	public static final String LOCAL = "127.0.0.1";

	public static final int DEFAULT_PORT = 8080;

	/** With the default limits. */
	public ServeOptions(Path folder, String host, int port, boolean readOnly, Optional<String> token) {
		this(folder, host, port, readOnly, token, ServeLimits.DEFAULT);
	}

	/** Whether a bind to {@code host} needs a token: every address but the default. */
	public static boolean needsToken(String host) {
		return !LOCAL.equals(host);
	}
}

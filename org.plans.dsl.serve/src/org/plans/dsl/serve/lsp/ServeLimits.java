package org.plans.dsl.serve.lsp;

import java.time.Duration;

/**
 * What one {@code plans serve} allows its editor connections (docs/serve.md): how many at a time,
 * the largest WebSocket message, how many documents and how much of their text one connection may
 * have open, and how long a connection may send nothing before it is closed ({@link Duration#ZERO}:
 * never). A document is checked only up to 2 MB of text, the most a save may write.
 */
public record ServeLimits(int connections, int messageBytes, int openDocuments, long openChars, Duration idle) {

	public static final ServeLimits DEFAULT = new ServeLimits(32, 4 << 20, 64, 8 << 20, Duration.ofMinutes(30));

	public ServeLimits {
		if (connections < 1 || messageBytes < 1024 || openDocuments < 1 || openChars < 1 || idle.isNegative()) {
			throw new IllegalArgumentException("limits must be positive (a message at least 1 KB, the idle time 0 or more)");
		}
	}
}

package org.plans.dsl.serve.lsp;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;

/**
 * Closes a connection whose client has sent nothing for the idle time: only messages from the
 * client count (the server's diagnostics to an abandoned tab do not keep it open). The close says
 * why, so the page can tell its author.
 */
final class IdleWatch implements Function<MessageConsumer, MessageConsumer> {

	private final long idleNanos;
	private volatile long last = System.nanoTime();
	private final ScheduledFuture<?> check;

	/** {@code close} is told the idle time in words; {@link Duration#ZERO} watches nothing. */
	IdleWatch(Duration idle, ScheduledExecutorService clock, Runnable close) {
		this.idleNanos = idle.toNanos();
		if (idle.isZero()) {
			check = null;
			return;
		}
		long period = Math.max(50, Math.min(idle.toMillis() / 4, 30_000));
		check = clock.scheduleWithFixedDelay(() -> {
			if (System.nanoTime() - last > idleNanos) {
				stop();
				close.run();
			}
		}, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public MessageConsumer apply(MessageConsumer next) {
		if (!(next instanceof RemoteEndpoint)) {
			return next; // the server's messages to the client
		}
		return message -> {
			last = System.nanoTime();
			next.consume(message);
		};
	}

	void stop() {
		if (check != null) {
			check.cancel(false);
		}
	}

	/** "30 minutes", "90 seconds". */
	static String words(Duration idle) {
		long seconds = idle.toSeconds();
		return seconds % 60 == 0 ? (seconds / 60) + (seconds == 60 ? " minute" : " minutes")
				: seconds + (seconds == 1 ? " second" : " seconds");
	}
}

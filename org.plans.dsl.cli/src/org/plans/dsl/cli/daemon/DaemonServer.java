package org.plans.dsl.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.plans.dsl.cli.Invocation;
import org.plans.dsl.cli.PlansCommand;
import org.plans.dsl.cli.client.DaemonRequest;
import org.plans.dsl.cli.client.Frames;
import org.plans.dsl.cli.client.JarIdentity;

/**
 * The daemon's socket and its runs. Each connection is one request on its own thread; runs take
 * turns (one lock), each a fresh {@code plans} run as its client ({@link Invocation}): its own
 * folder, arguments, environment, standard input and streams, a fresh resource set. The
 * daemon stops when asked, after {@code idle} without a request, when its jar changes on disk or
 * a client of another build asks, and when its socket file is removed or replaced.
 */
final class DaemonServer {

	private final Path socket;
	private final Path jar;
	private final String identity;
	private final Duration idle;
	private final ReentrantLock turns = new ReentrantLock(true);
	private final AtomicLong runs = new AtomicLong();
	private final Instant started = Instant.now();
	private volatile Instant lastRequest = Instant.now();
	private volatile boolean stopping;
	private ServerSocketChannel server;
	private Object socketKey;

	DaemonServer(Path socket, Path jar, Duration idle) {
		this.socket = socket;
		this.jar = jar;
		this.identity = JarIdentity.of(jar);
		this.idle = idle;
	}

	/** Binds the socket; false when another daemon answers there already. */
	boolean bind() throws IOException {
		if (Files.exists(socket)) {
			try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
				probe.connect(UnixDomainSocketAddress.of(socket));
				return false;
			} catch (IOException stale) {
				Files.deleteIfExists(socket);
			}
		}
		server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		server.bind(UnixDomainSocketAddress.of(socket));
		socketKey = key(socket);
		return true;
	}

	/** Warms the language up, then serves until the daemon stops. */
	void serve(Runnable warmUp) throws IOException {
		Thread watch = new Thread(this::watch, "plans-daemon-watch");
		watch.setDaemon(true);
		watch.start();
		turns.lock();
		try {
			warmUp.run();
		} finally {
			turns.unlock();
		}
		while (!stopping) {
			SocketChannel client;
			try {
				client = server.accept();
			} catch (IOException e) {
				if (stopping) {
					break;
				}
				throw e;
			}
			Thread thread = new Thread(() -> answer(client), "plans-daemon-request");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private void answer(SocketChannel client) {
		lastRequest = Instant.now();
		try (client) {
			DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
			DaemonRequest request = DaemonRequest.read(in);
			if (!request.jar().equals(identity) || !JarIdentity.of(jar).equals(identity)) {
				Frames.text(out, Frames.STALE, "this daemon runs " + identity + "; the client runs " + request.jar());
				stop();
				return;
			}
			switch (request.kind()) {
			case STATUS -> {
				Frames.text(out, Frames.OUT, status());
				Frames.exit(out, 0);
			}
			case STOP -> {
				Frames.exit(out, 0);
				stop();
			}
			case RUN -> run(request, out);
			}
		} catch (IOException | RuntimeException e) {
			System.err.println("plans daemon: a request failed: " + e);
		} finally {
			lastRequest = Instant.now();
		}
	}

	private void run(DaemonRequest request, DataOutputStream connection) throws IOException {
		if (!DaemonRequest.served(request.args())) {
			Frames.text(connection, Frames.REFUSED, "the daemon runs validate, generate and format only");
			return;
		}
		FrameStream outBytes = new FrameStream(connection, Frames.OUT);
		FrameStream errBytes = new FrameStream(connection, Frames.ERR);
		PrintWriter out = new PrintWriter(new OutputStreamWriter(outBytes, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(errBytes, StandardCharsets.UTF_8), true);
		byte[] input = request.standardInput() == null ? new byte[0] : request.standardInput();
		Invocation invocation = Invocation.of(Path.of(request.folder()), request.environment(), request.terminal(),
				new ByteArrayInputStream(input));
		int exit;
		turns.lock();
		long start = System.nanoTime();
		try {
			StandardStreams.toRun(outBytes, errBytes);
			exit = Invocation.as(invocation, () -> PlansCommand.run(request.args().toArray(String[]::new), out, err));
			out.flush();
			err.flush();
		} finally {
			StandardStreams.toLog();
			System.err.println("plans daemon: run " + runs.incrementAndGet() + " (" + request.args().get(0) + ") in "
					+ (System.nanoTime() - start) / 1_000_000 + " ms");
			turns.unlock();
		}
		outBytes.flush();
		errBytes.flush();
		Frames.exit(connection, exit);
	}

	private String status() {
		Runtime runtime = Runtime.getRuntime();
		return "plans daemon: running, pid " + ProcessHandle.current().pid() + ", since " + started + ", " + runs.get()
				+ " runs, " + (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20) + " MB heap used, stops after "
				+ idle.toMinutes() + " min idle\n  socket " + socket + "\n  jar " + jar + "\n";
	}

	/** Every few seconds: stops after the idle time, or when the jar or the socket file changed. */
	private void watch() {
		while (!stopping) {
			try {
				Thread.sleep(Math.min(5_000, Math.max(100, idle.toMillis() / 10)));
			} catch (InterruptedException e) {
				return;
			}
			boolean idleTooLong = !turns.isLocked() && Duration.between(lastRequest, Instant.now()).compareTo(idle) > 0;
			boolean moved = !Objects.equals(key(socket), socketKey);
			boolean rebuilt = !JarIdentity.of(jar).equals(identity);
			if (idleTooLong || moved || rebuilt) {
				System.err.println("plans daemon: stopping (" + (idleTooLong ? "idle" : moved ? "socket file gone" : "jar changed") + ")");
				stop();
			}
		}
	}

	/** Stops accepting; the run in progress, if any, finishes. Removes the socket file if it is still this daemon's. */
	synchronized void stop() {
		if (stopping) {
			return;
		}
		stopping = true;
		try {
			if (Objects.equals(key(socket), socketKey)) {
				Files.deleteIfExists(socket);
			}
			server.close();
		} catch (IOException e) {
			System.err.println("plans daemon: " + e);
		}
		// a run in progress finishes before the JVM ends
		Thread exit = new Thread(() -> {
			turns.lock();
			System.exit(0);
		}, "plans-daemon-exit");
		exit.start();
	}

	private static Object key(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
		} catch (IOException e) {
			return null;
		}
	}
}

package org.plans.dsl.cli.client;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One request to a daemon and its answer, streamed: the daemon's frames of standard output and
 * error go to {@code out} and {@code err} as they come.
 */
public record DaemonAnswer(Outcome outcome, int exit, String message) {

	public enum Outcome {
		/** The run was made; {@link #exit} is its exit code. */
		DONE,
		/** No daemon answered before the run began (none, or a stale socket file): nothing was written. */
		UNAVAILABLE,
		/** The daemon runs another build: it stops, nothing was written. */
		STALE,
		/** The daemon does not run this command: nothing was written. */
		REFUSED,
		/** The daemon went away during the run: some output may have been written. */
		BROKEN
	}

	public static DaemonAnswer ask(Path socket, DaemonRequest request, OutputStream out, OutputStream err) {
		SocketChannel channel;
		try {
			channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		} catch (IOException | UnsupportedOperationException e) {
			return new DaemonAnswer(Outcome.UNAVAILABLE, 0, "no Unix domain sockets here: " + e.getMessage());
		}
		boolean written = false;
		try (channel) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			DataOutputStream to = new DataOutputStream(Channels.newOutputStream(channel));
			request.write(to);
			DataInputStream from = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
			while (true) {
				byte type = from.readByte();
				byte[] bytes = Frames.readBytes(from);
				switch (type) {
				case Frames.OUT -> {
					out.write(bytes);
					out.flush();
					written = true;
				}
				case Frames.ERR -> {
					err.write(bytes);
					err.flush();
					written = true;
				}
				case Frames.EXIT -> {
					return new DaemonAnswer(Outcome.DONE, ByteBuffer.wrap(bytes).getInt(), "");
				}
				case Frames.STALE -> {
					return new DaemonAnswer(Outcome.STALE, 0, new String(bytes, StandardCharsets.UTF_8));
				}
				case Frames.REFUSED -> {
					return new DaemonAnswer(Outcome.REFUSED, 0, new String(bytes, StandardCharsets.UTF_8));
				}
				default -> throw new IOException("an unknown frame " + type);
				}
			}
		} catch (IOException e) {
			return new DaemonAnswer(written ? Outcome.BROKEN : Outcome.UNAVAILABLE, 0, String.valueOf(e.getMessage()));
		}
	}
}

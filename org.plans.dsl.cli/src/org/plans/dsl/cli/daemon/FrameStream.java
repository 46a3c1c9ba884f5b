package org.plans.dsl.cli.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.plans.dsl.cli.client.Frames;

/**
 * A run's standard output or error in the daemon: bytes sent to the client as frames of one
 * type. Output and error share the connection; a frame is written whole under its lock.
 */
final class FrameStream extends OutputStream {

	private static final int SIZE = 16 * 1024;

	private final DataOutputStream connection;
	private final byte type;
	private final byte[] buffer = new byte[SIZE];
	private int used;

	FrameStream(DataOutputStream connection, byte type) {
		this.connection = connection;
		this.type = type;
	}

	@Override
	public synchronized void write(int b) throws IOException {
		if (used == SIZE) {
			flush();
		}
		buffer[used++] = (byte) b;
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
		if (length > SIZE - used) {
			flush();
		}
		if (length >= SIZE) {
			send(bytes, offset, length);
		} else {
			System.arraycopy(bytes, offset, buffer, used, length);
			used += length;
		}
	}

	@Override
	public synchronized void flush() throws IOException {
		if (used > 0) {
			send(buffer, 0, used);
			used = 0;
		}
	}

	private void send(byte[] bytes, int offset, int length) throws IOException {
		synchronized (connection) {
			Frames.write(connection, type, bytes, offset, length);
			connection.flush();
		}
	}
}

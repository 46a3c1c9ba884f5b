package org.plans.dsl.cli.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The daemon's wire format, after the request ({@link DaemonRequest}): frames of a type byte, a
 * length and that many bytes. The daemon sends standard output and standard error as they are
 * written, then the exit code; or one frame that says the run was not made.
 */
public final class Frames {

	/** Bytes for the client's standard output. */
	public static final byte OUT = 'O';
	/** Bytes for the client's standard error. */
	public static final byte ERR = 'E';
	/** The run's exit code (four bytes); the last frame. */
	public static final byte EXIT = 'X';
	/** The daemon runs other code than the client's jar: it stops; the client starts a new one. */
	public static final byte STALE = 'S';
	/** The daemon does not run this command: the client runs it in its own process. */
	public static final byte REFUSED = 'R';

	private Frames() {
	}

	public static void write(DataOutputStream out, byte type, byte[] bytes, int offset, int length) throws IOException {
		out.writeByte(type);
		out.writeInt(length);
		out.write(bytes, offset, length);
	}

	public static void exit(DataOutputStream out, int code) throws IOException {
		out.writeByte(EXIT);
		out.writeInt(4);
		out.writeInt(code);
		out.flush();
	}

	public static void text(DataOutputStream out, byte type, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		write(out, type, bytes, 0, bytes.length);
		out.flush();
	}

	static void writeString(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static String readString(DataInputStream in) throws IOException {
		return new String(readBytes(in), StandardCharsets.UTF_8);
	}

	static byte[] readBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > DaemonRequest.MAX_BYTES) {
			throw new IOException("a frame of " + length + " bytes: not the plans daemon's wire format");
		}
		return in.readNBytes(length);
	}
}

package org.plans.dsl.ide.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The language server's standard input, checked message by message before LSP4J reads it. A
 * header whose {@code Content-Length} is not a number, is negative or too large is skipped; a
 * body that is cut short by the next message's header (raw {@code Content-Length: n\r\n}, which
 * no JSON text contains) is dropped; either way reading goes on at the next valid header, so a
 * wrong length cannot wedge the server. Input that is not LSP at all (more than
 * {@link #MAX_NOISE} bytes without a message, as when standard input is closed and the process
 * reads some other file) and a read error end the input with one line on {@code log}.
 */
public final class MessageFraming extends InputStream {

	/** The largest body accepted: a plan of 256 MB is not a plan. */
	public static final int MAX_LENGTH = 256 << 20;

	/** Bytes without a valid message after which the input is taken for something else. */
	public static final int MAX_NOISE = 1 << 20;

	private static final int MAX_NOTES = 20;

	private static final byte[] HEADER = "content-length:".getBytes(StandardCharsets.US_ASCII);

	private final InputStream raw;
	private final PrintStream log;
	private byte[] pushedBack = new byte[0];
	private int pushedBackAt;
	private byte[] message = new byte[0];
	private int messageAt;
	private long noise;
	private int notes;
	private boolean ended;

	public MessageFraming(InputStream raw, PrintStream log) {
		this.raw = new BufferedInputStream(raw);
		this.log = log;
	}

	@Override
	public int read() throws IOException {
		if (messageAt == message.length && !nextMessage()) {
			return -1;
		}
		return message[messageAt++] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (messageAt == message.length && !nextMessage()) {
			return -1;
		}
		int n = Math.min(length, message.length - messageAt);
		System.arraycopy(message, messageAt, buffer, offset, n);
		messageAt += n;
		return n;
	}

	/** Reads up to the next well-framed message; false at the end of the input. */
	private boolean nextMessage() {
		while (!ended) {
			long length = header();
			if (length == -2) {
				return false;
			}
			if (length < 0) {
				continue;
			}
			byte[] body = body((int) length);
			if (body != null) {
				byte[] head = ("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
				message = Arrays.copyOf(head, head.length + body.length);
				System.arraycopy(body, 0, message, head.length, body.length);
				messageAt = 0;
				noise = 0;
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads one header block: the body's length, -1 for a block without a usable length (skipped),
	 * -2 at the end of the input.
	 */
	private long header() {
		long length = -1;
		boolean any = false;
		while (true) {
			byte[] line = line();
			if (line == null) {
				return -2;
			}
			int at = indexOfHeader(line, 0, line.length);
			if (at > 0) {
				noise(at);
				line = Arrays.copyOfRange(line, at, line.length);
			}
			String text = new String(line, StandardCharsets.US_ASCII).strip();
			if (text.isEmpty()) {
				if (any) {
					return length;
				}
				continue;
			}
			if (at >= 0) {
				any = true;
				String value = text.substring(HEADER.length).strip();
				length = -1;
				try {
					length = Long.parseLong(value);
				} catch (NumberFormatException notANumber) {
					// noted below
				}
				if (length < 0 || length > MAX_LENGTH) {
					note("ignored a message with Content-Length '" + printable(value) + "'; reading on at the next header");
					length = -1;
				}
			} else if (text.indexOf(':') > 0 && any) {
				continue; // another header, such as Content-Type
			} else {
				noise(line.length);
				if (ended) {
					return -2;
				}
			}
		}
	}

	/** The body of {@code length} bytes, or null if the next message's header came first. */
	private byte[] body(int length) {
		byte[] body = new byte[length];
		int filled = 0;
		while (filled < length) {
			int n = readRaw(body, filled, length - filled);
			if (n < 0) {
				return null;
			}
			int resync = resyncPoint(body, Math.max(0, filled - 64), filled + n);
			filled += n;
			if (resync >= 0) {
				note("a message was shorter than its Content-Length (" + length + "); dropped it, reading on at the next header");
				pushBack(Arrays.copyOfRange(body, resync, filled));
				return null;
			}
		}
		return body;
	}

	/** Where in {@code bytes[from, to)} a complete {@code Content-Length: n\r\n} line starts, or -1. */
	private static int resyncPoint(byte[] bytes, int from, int to) {
		for (int at = indexOfHeader(bytes, from, to); at >= 0; at = indexOfHeader(bytes, at + 1, to)) {
			int i = at + HEADER.length;
			while (i < to && bytes[i] == ' ') {
				i++;
			}
			int digits = i;
			while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
				i++;
			}
			if (i > digits && i + 1 < to && bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return at;
			}
		}
		return -1;
	}

	private static int indexOfHeader(byte[] bytes, int from, int to) {
		outer: for (int i = from; i + HEADER.length <= to; i++) {
			for (int j = 0; j < HEADER.length; j++) {
				if (Character.toLowerCase(bytes[i + j]) != HEADER[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/** One line up to and without its {@code \n}; null at the end. A line longer than the noise limit ends the input. */
	private byte[] line() {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int b = readRaw();
			if (b < 0) {
				return line.size() == 0 ? null : line.toByteArray();
			}
			if (b == '\n') {
				return line.toByteArray();
			}
			line.write(b);
			if (line.size() > MAX_NOISE) {
				noise(line.size());
				return null;
			}
		}
	}

	private void noise(long bytes) {
		noise += bytes;
		if (noise > MAX_NOISE) {
			end("more than " + (MAX_NOISE >> 20) + " MB on standard input that is not LSP messages (is it connected to an editor?)");
		}
	}

	private void end(String why) {
		if (!ended) {
			ended = true;
			log.println("plans lsp: " + why + "; exiting");
			log.flush();
		}
	}

	private void note(String what) {
		if (notes++ < MAX_NOTES) {
			log.println("plans lsp: " + what);
			log.flush();
		}
	}

	private void pushBack(byte[] bytes) {
		byte[] rest = Arrays.copyOfRange(pushedBack, pushedBackAt, pushedBack.length);
		pushedBack = Arrays.copyOf(bytes, bytes.length + rest.length);
		System.arraycopy(rest, 0, pushedBack, bytes.length, rest.length);
		pushedBackAt = 0;
	}

	private int readRaw() {
		if (pushedBackAt < pushedBack.length) {
			return pushedBack[pushedBackAt++] & 0xFF;
		}
		if (ended) {
			return -1;
		}
		try {
			return raw.read();
		} catch (IOException e) {
			end("cannot read standard input (" + e.getMessage() + ")");
			return -1;
		}
	}

	private int readRaw(byte[] buffer, int offset, int length) {
		if (pushedBackAt < pushedBack.length) {
			int n = Math.min(length, pushedBack.length - pushedBackAt);
			System.arraycopy(pushedBack, pushedBackAt, buffer, offset, n);
			pushedBackAt += n;
			return n;
		}
		if (ended) {
			return -1;
		}
		try {
			return raw.read(buffer, offset, length);
		} catch (IOException e) {
			end("cannot read standard input (" + e.getMessage() + ")");
			return -1;
		}
	}

	private static String printable(String value) {
		String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
		return shown.replaceAll("[^\\x20-\\x7E]", "?");
	}
}

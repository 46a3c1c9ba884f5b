package org.plans.dsl.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code plans serve}'s {@code /lsp} as the streams LSP4J's launcher reads and writes: each text
 * message in becomes a {@code Content-Length} framed message on {@link #in()}, each framed message
 * written to {@link #out()} one text message. Starts the server itself on a free port over the
 * workspace folder and reads the address it prints.
 */
final class WebSocketTransport implements AutoCloseable {

	private static final Pattern ADDRESS = Pattern.compile("http://([^/ ]+)/");

	private final Process server;
	private final WebSocket socket;
	private final PipedInputStream in;
	private final OutputStream out;

	private WebSocketTransport(Process server, WebSocket socket, PipedInputStream in) {
		this.server = server;
		this.socket = socket;
		this.in = in;
		this.out = new Framed(socket);
	}

	/** Runs {@code command --port 0 workspace} and connects to its {@code /lsp}. */
	static WebSocketTransport start(List<String> command, Path workspace) throws Exception {
		List<String> full = new ArrayList<>(command);
		full.addAll(List.of("--port", "0", workspace.toString()));
		Process server = new ProcessBuilder(full).redirectError(new File(workspace.toFile(), "server.log")).start();
		BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String hostPort = null;
		for (String line; hostPort == null && (line = lines.readLine()) != null;) {
			Matcher m = ADDRESS.matcher(line);
			if (m.find()) {
				hostPort = m.group(1);
			}
		}
		if (hostPort == null) {
			throw new IllegalStateException("the server printed no address; see " + workspace.resolve("server.log"));
		}
		PipedInputStream in = new PipedInputStream(8 << 20);
		PipedOutputStream toIn = new PipedOutputStream(in);
		WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
				.buildAsync(URI.create("ws://" + hostPort + "/lsp"), new WebSocket.Listener() {
					private final StringBuilder text = new StringBuilder();

					@Override
					public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
						text.append(data);
						if (last) {
							byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
							text.setLength(0);
							try {
								synchronized (toIn) {
									toIn.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
									toIn.write(body);
									toIn.flush();
								}
							} catch (IOException e) {
								throw new IllegalStateException(e);
							}
						}
						webSocket.request(1);
						return null;
					}
				}).get(60, TimeUnit.SECONDS);
		return new WebSocketTransport(server, socket, in);
	}

	InputStream in() {
		return in;
	}

	OutputStream out() {
		return out;
	}

	@Override
	public void close() {
		socket.abort();
		server.destroy();
		try {
			server.waitFor(20, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		server.destroyForcibly();
	}

	/** Collects what LSP4J writes (header, then body) and sends each body as one text message. */
	private static final class Framed extends OutputStream {
		private final WebSocket socket;
		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

		Framed(WebSocket socket) {
			this.socket = socket;
		}

		@Override
		public synchronized void write(int b) {
			buffer.write(b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			buffer.write(b, off, len);
		}

		@Override
		public synchronized void flush() {
			while (true) {
				String text = buffer.toString(StandardCharsets.UTF_8);
				int headerEnd = text.indexOf("\r\n\r\n");
				if (headerEnd < 0) {
					return;
				}
				Matcher length = Pattern.compile("(?i)Content-Length:\\s*(\\d+)").matcher(text.substring(0, headerEnd));
				if (!length.find()) {
					throw new IllegalStateException("no Content-Length in " + text.substring(0, headerEnd));
				}
				byte[] bytes = buffer.toByteArray();
				int bodyStart = text.substring(0, headerEnd + 4).getBytes(StandardCharsets.UTF_8).length;
				int bodyLength = Integer.parseInt(length.group(1));
				if (bytes.length < bodyStart + bodyLength) {
					return;
				}
				socket.sendText(new String(bytes, bodyStart, bodyLength, StandardCharsets.UTF_8), true).join();
				buffer.reset();
				buffer.write(bytes, bodyStart + bodyLength, bytes.length - bodyStart - bodyLength);
			}
		}
	}
}

package org.plans.dsl.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A test's LSP client over the JDK's WebSocket: one JSON-RPC message per text message. */
final class LspClient implements AutoCloseable {

	final WebSocket socket;
	final BlockingQueue<JsonObject> received;
	/** The close code the server sent (-1 for an error). */
	final CompletableFuture<Integer> closed;
	/** The reason the server gave with its close. */
	final CompletableFuture<String> closeReason;
	private final AtomicInteger ids = new AtomicInteger();

	private LspClient(WebSocket socket, BlockingQueue<JsonObject> received, CompletableFuture<Integer> closed,
			CompletableFuture<String> reason) {
		this.closeReason = reason;
		this.socket = socket;
		this.received = received;
		this.closed = closed;
	}

	/** Connects; {@code headers} may add some (Origin, Authorization). */
	static LspClient connect(String wsUri, UnaryOperator<WebSocket.Builder> headers) throws Exception {
		BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
		CompletableFuture<Integer> closed = new CompletableFuture<>();
		CompletableFuture<String> because = new CompletableFuture<>();
		WebSocket.Listener listener = new WebSocket.Listener() {
			private final StringBuilder text = new StringBuilder();

			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				text.append(data);
				if (last) {
					received.add(JsonParser.parseString(text.toString()).getAsJsonObject());
					text.setLength(0);
				}
				webSocket.request(1);
				return null;
			}

			@Override
			public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
				because.complete(reason);
				closed.complete(statusCode);
				return null;
			}

			@Override
			public void onError(WebSocket webSocket, Throwable error) {
				closed.complete(-1);
			}
		};
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
		WebSocket socket = headers.apply(builder).buildAsync(URI.create(wsUri), listener).get(30, TimeUnit.SECONDS);
		return new LspClient(socket, received, closed, because);
	}

	static LspClient connect(String wsUri) throws Exception {
		return connect(wsUri, b -> b);
	}

	void notify(String method, JsonElement params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		message.add("params", params);
		socket.sendText(message.toString(), true).join();
	}

	/** Sends a request and waits for its answer (other messages stay in {@link #received}). */
	JsonObject request(String method, JsonElement params) throws InterruptedException {
		int id = send(method, params);
		return await(m -> m.has("id") && m.get("id").getAsInt() == id && !m.has("method"), 60);
	}

	/** Sends a request without waiting for its answer; returns its id. */
	int send(String method, JsonElement params) {
		int id = ids.incrementAndGet();
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		socket.sendText(message.toString(), true).join();
		return id;
	}

	/** didChange with the whole new text. */
	void didChange(String uri, int version, String text) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("version", version);
		JsonObject whole = new JsonObject();
		whole.addProperty("text", text);
		com.google.gson.JsonArray changes = new com.google.gson.JsonArray();
		changes.add(whole);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		params.add("contentChanges", changes);
		notify("textDocument/didChange", params);
	}

	/** The first message received (or already waiting) that matches; fails after the timeout. */
	JsonObject await(Predicate<JsonObject> wanted, int seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<JsonObject> others = new ArrayList<>();
		try {
			while (System.nanoTime() < end) {
				JsonObject message = received.poll(100, TimeUnit.MILLISECONDS);
				if (message != null) {
					if (wanted.test(message)) {
						return message;
					}
					others.add(message);
				}
			}
			throw new AssertionError("no matching message in " + seconds + " s; got " + others);
		} finally {
			received.addAll(others);
		}
	}

	/** initialize (rootUri, rulesDocsBase) and initialized. */
	JsonObject initialize(String rootUri, String rulesDocsBase) throws InterruptedException {
		JsonObject params = new JsonObject();
		params.addProperty("processId", (Number) null);
		params.addProperty("rootUri", rootUri);
		params.add("capabilities", new JsonObject());
		JsonObject options = new JsonObject();
		options.addProperty("rulesDocsBase", rulesDocsBase);
		params.add("initializationOptions", options);
		JsonObject answer = request("initialize", params);
		notify("initialized", new JsonObject());
		return answer;
	}

	void didOpen(String uri, String text) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		document.addProperty("languageId", "plans");
		document.addProperty("version", 1);
		document.addProperty("text", text);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		notify("textDocument/didOpen", params);
	}

	/** The params of the next diagnostics published for {@code uri} that satisfy {@code wanted}. */
	JsonObject diagnostics(String uri, Predicate<JsonObject> wanted, int seconds) throws InterruptedException {
		return await(m -> "textDocument/publishDiagnostics".equals(method(m))
				&& uri.equals(m.getAsJsonObject("params").get("uri").getAsString()) && wanted.test(m.getAsJsonObject("params")), seconds).getAsJsonObject("params");
	}

	private static String method(JsonObject message) {
		return message.has("method") ? message.get("method").getAsString() : null;
	}

	@Override
	public void close() {
		socket.abort();
	}
}

package org.plans.dsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token on a bind other than the default (127.0.0.2 stands for "non-local": it is not the
 * default address, so it needs the token), the loopback Host rule on the default bind, and the
 * same-origin rule for changes and the WebSocket.
 */
class AccessTest {

	static final String TOKEN = "test-token-0123456789abcdef";

	@TempDir
	static Path tokenFolder;

	@TempDir
	static Path localFolder;

	static Served withToken;
	static Served local;

	@BeforeAll
	static void start() throws Exception {
		withToken = Served.start(tokenFolder, Served.TWO_FILES, "127.0.0.2", false, Optional.of(TOKEN));
		local = Served.local(localFolder);
	}

	@AfterAll
	static void stop() throws Exception {
		withToken.close();
		local.close();
	}

	@Test
	void aNonDefaultBindNeedsTheToken() {
		assertTrue(ServeOptions.needsToken("127.0.0.2"));
		assertTrue(ServeOptions.needsToken("0.0.0.0"));
		assertFalse(ServeOptions.needsToken(ServeOptions.LOCAL));
		for (String path : List.of("/api/files", "/api/file?path=plan.plan", "/rules/PLAN-105", "/assets/x.js")) {
			HttpResponse<String> response = withToken.get(path);
			assertEquals(401, response.statusCode(), path);
			assertTrue(Served.json(response).get("error").getAsString().contains("token"));
		}
		assertEquals(401, withToken.get("/").statusCode());
		assertEquals(401, withToken.send(withToken.request("/api/generate").POST(HttpRequest.BodyPublishers.ofString("{\"targets\":[\"report\"]}")).build()).statusCode());
		assertEquals(401, withToken.put("/api/file?path=plan.plan", FilesApiTest.body("plan x\n", "")).statusCode());
	}

	@Test
	void aWrongTokenIsRefused() {
		assertEquals(401, withToken.get("/?token=wrong").statusCode());
		assertEquals(401, withToken.send(withToken.request("/api/files").header("Authorization", "Bearer " + TOKEN + "x").build()).statusCode());
		assertEquals(401, withToken.send(withToken.request("/api/files").header("Cookie", "plans_token=nope").build()).statusCode());
	}

	@Test
	void theTokenInTheAddressSetsAStrictHttpOnlyCookie() {
		HttpResponse<String> response = withToken.get("/?token=" + TOKEN);
		assertEquals(303, response.statusCode());
		assertEquals("/", response.headers().firstValue("Location").orElseThrow());
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertTrue(cookie.startsWith("plans_token=" + TOKEN + ";"), cookie);
		assertTrue(cookie.contains("HttpOnly"), cookie);
		assertTrue(cookie.contains("SameSite=Strict"), cookie);
		HttpResponse<String> withCookie = withToken.send(withToken.request("/api/files").header("Cookie", "plans_token=" + TOKEN).build());
		assertEquals(200, withCookie.statusCode());
		HttpResponse<String> withBearer = withToken.send(withToken.request("/api/files").header("Authorization", "Bearer " + TOKEN).build());
		assertEquals(200, withBearer.statusCode());
		assertEquals(200, withToken.send(withToken.request("/").header("Cookie", "plans_token=" + TOKEN).build()).statusCode());
	}

	@Test
	void theWebSocketNeedsTheTokenToo() throws Exception {
		String ws = "ws://127.0.0.2:" + withToken.server.port() + "/lsp";
		ExecutionException refused = assertThrows(ExecutionException.class, () -> LspClient.connect(ws).close());
		assertEquals(401, handshakeStatus(refused));
		try (LspClient client = LspClient.connect(ws, b -> b.header("Authorization", "Bearer " + TOKEN))) {
			assertTrue(client.initialize(Served.json(withToken.send(withToken.request("/api/files")
					.header("Authorization", "Bearer " + TOKEN).build())).get("rootUri").getAsString(), withToken.base() + "/")
					.has("result"));
		}
	}

	@Test
	void theDefaultBindAnswersLoopbackNamesOnly() throws Exception {
		assertEquals(200, local.get("/api/files").statusCode());
		assertTrue(rawGet(local.server.port(), "localhost:" + local.server.port()).startsWith("HTTP/1.1 200"));
		String rebound = rawGet(local.server.port(), "attacker.example:" + local.server.port());
		assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
		assertTrue(rebound.contains("localhost only"), rebound);
	}

	@Test
	void changesFromAnotherOriginAreRefused() {
		HttpResponse<String> put = local.send(local.request("/api/file?path=plan.plan").header("Origin", "http://attacker.example")
				.PUT(HttpRequest.BodyPublishers.ofString(FilesApiTest.body("plan hijacked\n", ""))).build());
		assertEquals(403, put.statusCode());
		HttpResponse<String> post = local.send(local.request("/api/generate").header("Origin", "http://127.0.0.1:1")
				.POST(HttpRequest.BodyPublishers.ofString("{\"targets\":[\"report\"]}")).build());
		assertEquals(403, post.statusCode());
		HttpResponse<String> same = local.send(local.request("/api/generate").header("Origin", local.base())
				.POST(HttpRequest.BodyPublishers.ofString("{\"targets\":[\"report\"]}")).build());
		assertEquals(200, same.statusCode(), same.body());
	}

	@Test
	void aCrossOriginWebSocketIsRefused() throws Exception {
		String ws = "ws://127.0.0.1:" + local.server.port() + "/lsp";
		ExecutionException refused = assertThrows(ExecutionException.class,
				() -> LspClient.connect(ws, b -> b.header("Origin", "http://attacker.example")).close());
		assertEquals(403, handshakeStatus(refused));
		try (LspClient same = LspClient.connect(ws, b -> b.header("Origin", local.base()))) {
			assertTrue(same.initialize(Served.json(local.get("/api/files")).get("rootUri").getAsString(), local.base() + "/").has("result"));
		}
	}

	static int handshakeStatus(ExecutionException refused) {
		assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
		return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
	}

	/** A GET of /api/files with the given Host header (the JDK's client will not set Host). */
	static String rawGet(int port, String host) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/files HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			return bytes.toString(StandardCharsets.UTF_8);
		}
	}
}

package org.plans.dsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.serve.lsp.ServeLimits;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The language server over {@code /lsp}, with a real WebSocket client. */
class LspSessionTest {

	@TempDir
	static Path folder;

	static Served served;
	static String rootUri;

	@BeforeAll
	static void start() throws Exception {
		served = Served.local(folder);
		rootUri = Served.json(served.get("/api/files")).get("rootUri").getAsString();
	}

	@AfterAll
	static void stop() throws Exception {
		served.close();
	}

	String ws() {
		return "ws://127.0.0.1:" + served.server.port() + "/lsp";
	}

	@Test
	void anUnknownLeadGetsADiagnosticLinkingToTheServersRulePage() throws Exception {
		try (LspClient client = LspClient.connect(ws())) {
			JsonObject answer = client.initialize(rootUri, served.base() + "/");
			assertTrue(answer.getAsJsonObject("result").has("capabilities"), answer.toString());
			String uri = rootUri + "plan.plan";
			client.didOpen(uri, Served.TWO_FILES.get("plan.plan").replace("lead kt", "lead nobody"));
			JsonObject published = client.diagnostics(uri, p -> unresolved(p) != null, 60);
			JsonObject diagnostic = unresolved(published);
			assertTrue(diagnostic.get("message").getAsString().contains("nobody"), diagnostic.toString());
			String href = diagnostic.getAsJsonObject("codeDescription").get("href").getAsString();
			assertEquals(served.base() + "/docs/rules.md#plan-002-unresolved-reference", href);
			assertEquals(200, served.get(href.substring(served.base().length())).statusCode());
		}
	}

	@Test
	void aReferenceToAnotherFileOfTheFolderResolves() throws Exception {
		try (LspClient client = LspClient.connect(ws())) {
			client.initialize(rootUri, served.base() + "/");
			String uri = rootUri + "plan.plan";
			String text = Served.TWO_FILES.get("plan.plan");
			client.didOpen(uri, text);
			JsonObject published = client.diagnostics(uri, p -> true, 60);
			assertEquals(null, unresolved(published), published.toString());
			int line = (int) text.substring(0, text.indexOf("lead kt")).chars().filter(c -> c == '\n').count();
			int character = text.substring(0, text.indexOf("lead kt")).length() - text.lastIndexOf('\n', text.indexOf("lead kt")) - 1 + 5;
			JsonObject params = new JsonObject();
			JsonObject document = new JsonObject();
			document.addProperty("uri", uri);
			params.add("textDocument", document);
			JsonObject position = new JsonObject();
			position.addProperty("line", line);
			position.addProperty("character", character);
			params.add("position", position);
			JsonObject definition = client.request("textDocument/definition", params);
			JsonArray locations = definition.getAsJsonArray("result");
			assertEquals(1, locations.size(), definition.toString());
			assertEquals(rootUri + "people.plan", locations.get(0).getAsJsonObject().get("uri").getAsString());
		}
	}

	@Test
	void anOversizedMessageClosesThatConnectionOnly() throws Exception {
		try (LspClient other = LspClient.connect(ws()); LspClient big = LspClient.connect(ws())) {
			other.initialize(rootUri, served.base() + "/");
			big.initialize(rootUri, served.base() + "/");
			JsonObject params = new JsonObject();
			params.addProperty("padding", "x".repeat(5 << 20));
			JsonObject message = new JsonObject();
			message.addProperty("jsonrpc", "2.0");
			message.addProperty("method", "$/padding");
			message.add("params", params);
			big.socket.sendText(message.toString(), true);
			assertEquals(1009, big.closed.get(30, TimeUnit.SECONDS));
			assertEquals(200, served.get("/api/files").statusCode());
			JsonObject symbols = other.request("workspace/symbol", query("kt"));
			assertTrue(symbols.has("result"), symbols.toString());
			try (LspClient again = LspClient.connect(ws())) {
				assertTrue(again.initialize(rootUri, served.base() + "/").has("result"));
			}
		}
	}

	@Test
	void anOversizedDocumentIsNotCheckedAndTheClientIsTold() throws Exception {
		try (LspClient client = LspClient.connect(ws())) {
			client.initialize(rootUri, served.base() + "/");
			client.didOpen(rootUri + "big.plan", "plan big\n" + "//\n".repeat((2 << 20) / 3 + 10));
			JsonObject shown = client.await(m -> "window/showMessage".equals(m.has("method") ? m.get("method").getAsString() : ""), 30);
			assertTrue(shown.getAsJsonObject("params").get("message").getAsString().contains("2 MB"), shown.toString());
			assertTrue(client.request("workspace/symbol", query("kt")).has("result"), "the session goes on");
		}
	}

	@Test
	void atMostThirtyTwoConnections() throws Exception {
		List<LspClient> clients = new ArrayList<>();
		try {
			while (served.server.sessions() < ServeLimits.DEFAULT.connections()) {
				clients.add(LspClient.connect(ws()));
			}
			LspClient refused = LspClient.connect(ws());
			clients.add(refused);
			assertEquals(1013, refused.closed.get(30, TimeUnit.SECONDS));
		} finally {
			clients.forEach(LspClient::close);
		}
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (served.server.sessions() > 0 && System.nanoTime() < end) {
			Thread.sleep(50);
		}
		assertEquals(0, served.server.sessions(), "closed connections are counted out");
	}

	@Test
	void previewsTheUnsavedTextOfEachSession() throws Exception {
		try (LspClient first = LspClient.connect(ws()); LspClient second = LspClient.connect(ws())) {
			first.initialize(rootUri, served.base() + "/");
			second.initialize(rootUri, served.base() + "/");
			String uri = rootUri + "plan.plan";
			String text = Served.TWO_FILES.get("plan.plan");
			first.didOpen(uri, text.replace("Reduce sickness absence", "Unsaved first title"));
			second.didOpen(uri, text.replace("Reduce sickness absence", "Unsaved second title"));
			for (String kind : List.of("report", "checklist", "by-lead")) {
				JsonObject params = new JsonObject();
				params.addProperty("uri", uri);
				params.addProperty("kind", kind);
				JsonObject answer = first.request("plans/preview", params);
				String html = answer.getAsJsonObject("result").get("html").getAsString();
				assertTrue(html.contains("<html") || html.contains("<!DOCTYPE"), kind + ": " + html);
				if (!kind.equals("report")) {
					assertTrue(html.contains("Unsaved first title"), kind + ": " + html);
				}
				assertTrue(!html.contains("Unsaved second title"), "each session previews its own text");
			}
			JsonObject params = new JsonObject();
			params.addProperty("uri", uri);
			params.addProperty("kind", "by-lead");
			String other = second.request("plans/preview", params).getAsJsonObject("result").get("html").getAsString();
			assertTrue(other.contains("Unsaved second title"), other);
		}
	}

	@Test
	void aSaveThroughTheServerReachesTheOtherSessions() throws Exception {
		try (LspClient client = LspClient.connect(ws())) {
			client.initialize(rootUri, served.base() + "/");
			String uri = rootUri + "plan.plan";
			client.didOpen(uri, Served.TWO_FILES.get("plan.plan").replace("lead kt", "lead newcomer"));
			client.diagnostics(uri, p -> unresolved(p) != null, 60);
			client.received.clear(); // what was published before the save (the disk's text, before didOpen)
			JsonObject people = Served.json(served.get("/api/file?path=people.plan"));
			String text = people.get("text").getAsString() + "person newcomer \"New Person\"\n";
			HttpResponse<String> saved = served.put("/api/file?path=people.plan",
					FilesApiTest.body(text, people.get("version").getAsString()));
			assertEquals(200, saved.statusCode(), saved.body());
			try {
				client.diagnostics(uri, p -> unresolved(p) == null, 30);
			} finally {
				served.put("/api/file?path=people.plan", FilesApiTest.body(people.get("text").getAsString(),
						Served.json(saved).get("version").getAsString()));
			}
		}
	}

	@Test
	void aChangeOnDiskByAnotherProgramReachesTheSessions() throws Exception {
		Path people = folder.resolve("people.plan");
		String before = Files.readString(people);
		try (LspClient client = LspClient.connect(ws())) {
			client.initialize(rootUri, served.base() + "/");
			String uri = rootUri + "plan.plan";
			client.didOpen(uri, Served.TWO_FILES.get("plan.plan").replace("lead kt", "lead outsider"));
			client.diagnostics(uri, p -> unresolved(p) != null, 60);
			client.received.clear();
			Files.writeString(people, before + "person outsider \"From git pull\"\n");
			client.diagnostics(uri, p -> unresolved(p) == null, 30);
		} finally {
			Files.writeString(people, before);
		}
	}

	/**
	 * The page asks for quick fixes after every publication and goes on typing: an edit arriving
	 * while a fix's edits are computed must not hang the session (Xtext's nested read did).
	 */
	@Test
	void anEditWhileQuickFixesAreComputedDoesNotHangTheSession() throws Exception {
		try (LspClient client = LspClient.connect(ws())) {
			client.initialize(rootUri, served.base() + "/");
			String uri = rootUri + "plan.plan";
			String good = Served.TWO_FILES.get("plan.plan");
			String misspelt = good.replace("lead kt", "lead k");
			client.didOpen(uri, good);
			client.diagnostics(uri, p -> true, 60);
			int version = 1;
			for (int round = 0; round < 8; round++) {
				client.received.clear();
				client.didChange(uri, ++version, misspelt);
				JsonObject diagnostic = unresolved(client.diagnostics(uri, p -> unresolved(p) != null, 60));
				JsonObject params = new JsonObject();
				JsonObject document = new JsonObject();
				document.addProperty("uri", uri);
				params.add("textDocument", document);
				params.add("range", diagnostic.get("range"));
				JsonObject context = new JsonObject();
				JsonArray diagnostics = new JsonArray();
				diagnostics.add(diagnostic);
				context.add("diagnostics", diagnostics);
				params.add("context", context);
				client.send("textDocument/codeAction", params); // "Did you mean 'kt'?", and at once:
				Thread.sleep(round * 15L);
				client.didChange(uri, ++version, good);
				client.diagnostics(uri, p -> unresolved(p) == null, 30);
			}
		}
	}

	static JsonObject query(String text) {
		JsonObject params = new JsonObject();
		params.addProperty("query", text);
		return params;
	}

	/** The PLAN-002 diagnostic of published diagnostics, or null. */
	static JsonObject unresolved(JsonObject published) {
		for (JsonElement element : published.getAsJsonArray("diagnostics")) {
			JsonObject diagnostic = element.getAsJsonObject();
			if (diagnostic.has("code") && "PLAN-002".equals(diagnostic.get("code").getAsString())) {
				return diagnostic;
			}
		}
		return null;
	}
}

package org.plans.dsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.serve.lsp.ServeLimits;

import com.google.gson.JsonObject;

/** The limits on editor connections ({@link ServeLimits}), set small: each refusal says why, and the rest goes on. */
class LimitsTest {

	static final ServeLimits SMALL = new ServeLimits(2, 64 << 10, 2, 2_000, Duration.ofSeconds(2));

	@TempDir
	static Path folder;

	static Served served;
	static String rootUri;

	@BeforeAll
	static void start() throws Exception {
		served = Served.start(folder, Served.TWO_FILES, new ServeOptions(folder, ServeOptions.LOCAL, 0, false, Optional.empty(), SMALL));
		rootUri = Served.json(served.get("/api/files")).get("rootUri").getAsString();
	}

	@AfterAll
	static void stop() throws Exception {
		served.close();
	}

	LspClient browser() throws Exception {
		LspClient client = LspClient.connect("ws://127.0.0.1:" + served.server.port() + "/lsp");
		client.initialize(rootUri, served.base() + "/");
		return client;
	}

	static String shown(LspClient client) throws InterruptedException {
		JsonObject message = client.await(m -> m.has("method") && "window/showMessage".equals(m.get("method").getAsString()), 30);
		return message.getAsJsonObject("params").get("message").getAsString();
	}

	@Test
	void aConnectionOverTheLimitIsRefusedSayingWhy() throws Exception {
		try (LspClient first = browser(); LspClient second = browser(); LspClient third = LspClient.connect("ws://127.0.0.1:" + served.server.port() + "/lsp")) {
			assertEquals(1013, third.closed.get(30, TimeUnit.SECONDS));
			assertTrue(third.closeReason.get(5, TimeUnit.SECONDS).contains("2 connections open"), third.closeReason.get());
			assertTrue(first.request("workspace/symbol", LspSessionTest.query("kt")).has("result"), "the others go on");
		}
		awaitNoSessions();
	}

	@Test
	void aDocumentOverTheOpenDocumentsLimitIsNotChecked() throws Exception {
		try (LspClient client = browser()) {
			client.didOpen(rootUri + "plan.plan", Served.TWO_FILES.get("plan.plan"));
			client.didOpen(rootUri + "people.plan", Served.TWO_FILES.get("people.plan"));
			client.diagnostics(rootUri + "people.plan", p -> true, 60);
			client.didOpen(rootUri + "third.plan", "plan third\n");
			assertTrue(shown(client).contains("2 documents open"));
			client.notify("textDocument/didClose", SharedIndexTest.document(rootUri + "people.plan"));
			client.didOpen(rootUri + "third.plan", "plan third\n");
			client.diagnostics(rootUri + "third.plan", p -> true, 30); // checked once a tab was closed
		}
		awaitNoSessions();
	}

	@Test
	void textOverTheOpenTextLimitIsNotCheckedEvenWhenItGrowsByEdits() throws Exception {
		try (LspClient client = browser()) {
			String big = "plan big\n" + "// a comment line\n".repeat(80); // about 1,450 characters
			client.didOpen(rootUri + "big.plan", big);
			client.diagnostics(rootUri + "big.plan", p -> true, 60);
			client.didOpen(rootUri + "people.plan", Served.TWO_FILES.get("people.plan") + "//\n".repeat(200));
			assertTrue(shown(client).contains("more than 2000 characters")); // 1,450 + 640
			client.didOpen(rootUri + "plan.plan", Served.TWO_FILES.get("plan.plan")); // 1,450 + 250 fit
			client.diagnostics(rootUri + "plan.plan", p -> true, 60);
			client.received.clear();

			JsonObject change = new JsonObject();
			JsonObject document = new JsonObject();
			document.addProperty("uri", rootUri + "big.plan");
			document.addProperty("version", 2);
			change.add("textDocument", document);
			com.google.gson.JsonArray changes = new com.google.gson.JsonArray();
			JsonObject whole = new JsonObject();
			whole.addProperty("text", big + "// one more line that takes it over the limit\n".repeat(10));
			changes.add(whole);
			change.add("contentChanges", changes);
			client.notify("textDocument/didChange", change);
			assertTrue(shown(client).contains("more than 2000 characters"));
			client.diagnostics(rootUri + "big.plan", p -> p.getAsJsonArray("diagnostics").isEmpty(), 30); // closed: its marks cleared
			assertTrue(client.request("workspace/symbol", LspSessionTest.query("kt")).has("result"), "the session goes on");
		}
		awaitNoSessions();
	}

	@Test
	void aMessageOverTheLimitClosesThatConnection() throws Exception {
		try (LspClient client = browser()) {
			try {
				client.didOpen(rootUri + "long.plan", "plan long\n" + "//\n".repeat(30_000)); // 90 KB of JSON
			} catch (CompletionException closedWhileSending) {
				// the server may close the connection before the client has sent the whole message
			}
			assertEquals(1009, client.closed.get(30, TimeUnit.SECONDS));
		}
		awaitNoSessions();
		try (LspClient again = browser()) {
			assertTrue(again.request("workspace/symbol", LspSessionTest.query("kt")).has("result"));
		}
		awaitNoSessions();
	}

	@Test
	void anIdleConnectionIsClosedAndABusyOneIsNot() throws Exception {
		try (LspClient idle = browser(); LspClient busy = browser()) {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
			while (System.nanoTime() < end) {
				assertTrue(busy.request("workspace/symbol", LspSessionTest.query("kt")).has("result"));
				Thread.sleep(500);
			}
			assertEquals(1001, idle.closed.get(10, TimeUnit.SECONDS));
			assertTrue(idle.closeReason.get().contains("nothing was sent for 2 seconds"), idle.closeReason.get());
			assertFalse(busy.closed.isDone(), "the busy connection is open");
		}
		awaitNoSessions();
	}

	static void awaitNoSessions() throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (served.server.sessions() > 0 && System.nanoTime() < end) {
			Thread.sleep(50);
		}
		assertEquals(0, served.server.sessions(), "closed connections are counted out");
	}
}

package org.plans.dsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * Two browsers on one {@code plans serve}: one index of the folder for both, read once; what one
 * author saves, the other's diagnostics follow; what one has typed and not saved, the other
 * does not see.
 */
class SharedIndexTest {

	@TempDir
	Path folder;

	Served served;
	String rootUri;
	String people;
	String plan;

	@BeforeEach
	void start() throws Exception {
		served = Served.local(folder);
		rootUri = Served.json(served.get("/api/files")).get("rootUri").getAsString();
		people = rootUri + "people.plan";
		plan = rootUri + "plan.plan";
	}

	@AfterEach
	void stop() throws Exception {
		served.close();
	}

	LspClient browser() throws Exception {
		LspClient client = LspClient.connect("ws://127.0.0.1:" + served.server.port() + "/lsp");
		client.initialize(rootUri, served.base() + "/");
		return client;
	}

	static String planLeadBy(String lead) {
		return Served.TWO_FILES.get("plan.plan").replace("lead kt", "lead " + lead);
	}

	@Test
	void theFolderIsReadOnceForEveryBrowserAndReferencesResolveInEach() throws Exception {
		assertEquals(2, served.server.index().filesRead(), "the server read the folder's two plans at start");
		try (LspClient first = browser(); LspClient second = browser()) {
			for (LspClient client : new LspClient[] { first, second }) {
				client.didOpen(plan, Served.TWO_FILES.get("plan.plan"));
				JsonObject published = client.diagnostics(plan, p -> true, 60);
				assertNull(LspSessionTest.unresolved(published), "kt, declared in people.plan, resolves: " + published);
			}
			assertEquals(2, served.server.index().filesRead(), "no session read the folder again");
			for (LspClient client : new LspClient[] { first, second }) {
				assertTrue(client.received.stream().noneMatch(m -> m.toString().contains("people.plan")),
						"a session checks only what its author opens: " + client.received);
			}
		}
	}

	@Test
	void whatOneAuthorTypesAndHasNotSavedOnlyTheirSessionSees() throws Exception {
		try (LspClient first = browser(); LspClient second = browser()) {
			first.didOpen(people, Served.TWO_FILES.get("people.plan") + "person secret \"Not saved\"\n");
			first.didOpen(plan, planLeadBy("secret"));
			assertNull(LspSessionTest.unresolved(first.diagnostics(plan, p -> true, 60)), "resolves in the author's session");
			second.didOpen(plan, planLeadBy("secret"));
			assertNotNull(LspSessionTest.unresolved(second.diagnostics(plan, p -> true, 60)), "unknown in the other session");

			first.received.clear();
			first.notify("textDocument/didClose", document(people));
			first.diagnostics(plan, p -> LspSessionTest.unresolved(p) != null, 30); // closed unsaved: back to the disk's people.plan
		}
	}

	@Test
	void aSaveByOneAuthorReachesTheOthersDiagnosticsAndTheFileIsReadOnce() throws Exception {
		try (LspClient author = browser(); LspClient other = browser()) {
			other.didOpen(plan, planLeadBy("newcomer"));
			other.diagnostics(plan, p -> LspSessionTest.unresolved(p) != null, 60);
			JsonObject onDisk = Served.json(served.get("/api/file?path=people.plan"));
			String text = onDisk.get("text").getAsString() + "person newcomer \"New Person\"\n";
			author.didOpen(people, text);
			int read = served.server.index().filesRead();
			other.received.clear();
			HttpResponse<String> saved = served.put("/api/file?path=people.plan",
					FilesApiTest.body(text, onDisk.get("version").getAsString()));
			assertEquals(200, saved.statusCode(), saved.body());
			other.diagnostics(plan, p -> LspSessionTest.unresolved(p) == null, 30);
			Thread.sleep(1000); // the folder watcher sees the save too: the same bytes, not read again
			assertEquals(read + 1, served.server.index().filesRead(), "people.plan read once for both sessions");
		}
	}

	static JsonObject document(String uri) {
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		JsonObject params = new JsonObject();
		params.add("textDocument", document);
		return params;
	}
}

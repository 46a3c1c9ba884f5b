package org.plans.dsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only files under the folder: no {@code ..}, encoded or not, no absolute paths, no links out. */
class PathSafetyTest {

	@TempDir
	static Path outside;

	static Path folder;
	static Served served;

	@BeforeAll
	static void start() throws Exception {
		Files.writeString(outside.resolve("secret.plan"), "plan secret \"outside\"\n");
		Files.createDirectories(outside.resolve("away"));
		Files.writeString(outside.resolve("away/far.plan"), "plan far\n");
		folder = Files.createDirectories(outside.resolve("served"));
		Files.createSymbolicLink(folder.resolve("link.plan"), outside.resolve("secret.plan"));
		Files.createSymbolicLink(folder.resolve("linked"), outside.resolve("away"));
		served = Served.start(folder, Served.TWO_FILES, ServeOptions.LOCAL, false, Optional.empty());
	}

	@AfterAll
	static void stop() throws Exception {
		served.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../secret.plan", "%2e%2e/secret.plan", "%2E%2E%2Fsecret.plan", "sub/../../secret.plan",
			"..%5Csecret.plan", "%2Fetc%2Fpasswd", "/etc/passwd", "C:%5Cwindows%5Cwin.ini", "link.plan", "linked/far.plan",
			"./plan.plan", "people.plan%00.txt", ".git/config" })
	void refusesPathsOutOfTheFolder(String path) {
		HttpResponse<String> read = served.get("/api/file?path=" + path);
		assertTrue(read.statusCode() == 403 || read.statusCode() == 404, path + ": " + read.statusCode() + " " + read.body());
		assertFalse(read.body().contains("outside"), read.body());
		assertTrue(Served.json(read).has("error"));
		HttpResponse<String> write = served.put("/api/file?path=" + path, FilesApiTest.body("plan overwritten\n", ""));
		assertTrue(write.statusCode() == 403 || write.statusCode() == 404, path + ": " + write.statusCode());
	}

	@Test
	void writingThroughALinkOutIsRefusedAndTheTargetKept() throws Exception {
		served.put("/api/file?path=linked/new.plan", FilesApiTest.body("plan new\n", ""));
		assertFalse(Files.exists(outside.resolve("away/new.plan")));
		assertEquals("plan secret \"outside\"\n", Files.readString(outside.resolve("secret.plan")));
	}

	@Test
	void theListingLeavesLinksOutOut() {
		String files = Served.json(served.get("/api/files")).getAsJsonArray("files").toString();
		assertEquals("[\"people.plan\",\"plan.plan\"]", files);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assets/../API.md", "/assets/%2e%2e/%2e%2e/pom.xml", "/assets/..%2F..%2Fpom.xml",
			"/%2e%2e/%2e%2e/etc/passwd", "/assets/x/../../org/plans/dsl/serve/PlansServer.class" })
	void staticFilesCannotBeLeft(String path) {
		HttpResponse<String> response = served.get(path);
		assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + ": " + response.statusCode());
		assertFalse(response.body().contains("<project"));
		assertFalse(response.body().contains("root:"));
		assertFalse(response.body().contains("at org."), "no stack trace");
	}

	/** The language server reads no file but the folder's plans: not through a link, not by an absolute URI. */
	@ParameterizedTest
	@ValueSource(strings = { "link.plan", "linked/far.plan", "../secret.plan" })
	void theLanguageServerReadsNothingOutOfTheFolder(String path) throws Exception {
		String rootUri = Served.json(served.get("/api/files")).get("rootUri").getAsString();
		try (LspClient client = LspClient.connect("ws://127.0.0.1:" + served.server.port() + "/lsp")) {
			client.initialize(rootUri, served.base() + "/");
			String uri = path.startsWith("..") ? outside.resolve("secret.plan").toUri().toString() : rootUri + path;
			for (String method : new String[] { "textDocument/documentSymbol", "textDocument/formatting", "textDocument/hover" }) {
				com.google.gson.JsonObject params = SharedIndexTest.document(uri);
				com.google.gson.JsonObject options = new com.google.gson.JsonObject();
				options.addProperty("tabSize", 4);
				options.addProperty("insertSpaces", true);
				params.add("options", options);
				com.google.gson.JsonObject position = new com.google.gson.JsonObject();
				position.addProperty("line", 0);
				position.addProperty("character", 6);
				params.add("position", position);
				com.google.gson.JsonObject answer = client.request(method, params);
				assertFalse(answer.toString().contains("secret") || answer.toString().contains("far"), method + " " + path + ": " + answer);
				assertFalse(answer.toString().contains("at org."), "no stack trace: " + answer);
			}
			assertTrue(client.request("workspace/symbol", LspSessionTest.query("kt")).toString().contains("people.plan"), "the folder's plans are there");
		}
	}
}

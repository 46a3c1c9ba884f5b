package org.plans.dsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.serve.folder.Versions;

import com.google.gson.JsonObject;

/** The files API over real HTTP: list, open, save, a conflicting save, a new file, read-only, limits. */
class FilesApiTest {

	@TempDir
	static Path folder;

	static Served served;

	@BeforeAll
	static void start() throws Exception {
		Files.createDirectories(folder.resolve(".git"));
		Files.writeString(folder.resolve(".git/hidden.plan"), "plan hidden\n");
		Files.writeString(folder.resolve("notes.txt"), "not a plan");
		Files.writeString(folder.resolve("plans.properties"), "PLAN-105=error\n");
		served = Served.start(folder, Map.of("sub/b.plan", "plan b\n", "a.plan", "plan a\n"), ServeOptions.LOCAL, false,
				Optional.empty());
	}

	@AfterAll
	static void stop() throws Exception {
		served.close();
	}

	@Test
	void listsThePlanFilesAndPropertiesSorted() {
		HttpResponse<String> response = served.get("/api/files");
		assertEquals(200, response.statusCode());
		JsonObject listing = Served.json(response);
		assertEquals(folder.getFileName().toString(), listing.get("root").getAsString());
		assertEquals(folder.toUri().toString(), listing.get("rootUri").getAsString());
		assertTrue(listing.get("rootUri").getAsString().startsWith("file:///"));
		assertFalse(listing.get("readOnly").getAsBoolean());
		List<String> files = listing.getAsJsonArray("files").asList().stream().map(e -> e.getAsString()).toList();
		assertEquals(List.of("a.plan", "plans.properties", "sub/b.plan"), files);
	}

	@Test
	void opensAFileWithItsVersion() throws Exception {
		JsonObject file = Served.json(served.get("/api/file?path=sub/b.plan"));
		assertEquals("sub/b.plan", file.get("path").getAsString());
		assertEquals("plan b\n", file.get("text").getAsString());
		assertEquals(Versions.of("plan b\n".getBytes(StandardCharsets.UTF_8)), file.get("version").getAsString());
		assertEquals(64, file.get("version").getAsString().length());
	}

	@Test
	void savesAndRefusesAConflictingSave() throws Exception {
		Files.writeString(folder.resolve("c.plan"), "plan c\n");
		String base = Served.json(served.get("/api/file?path=c.plan")).get("version").getAsString();
		HttpResponse<String> saved = served.put("/api/file?path=c.plan", body("plan c \"Saved\"\n", base));
		assertEquals(200, saved.statusCode(), saved.body());
		assertEquals("plan c \"Saved\"\n", Files.readString(folder.resolve("c.plan")));
		String next = Served.json(saved).get("version").getAsString();
		assertEquals(Versions.of(Files.readAllBytes(folder.resolve("c.plan"))), next);

		Files.writeString(folder.resolve("c.plan"), "plan c \"Changed by someone else\"\n");
		HttpResponse<String> conflict = served.put("/api/file?path=c.plan", body("plan c \"Mine\"\n", next));
		assertEquals(409, conflict.statusCode());
		JsonObject answer = Served.json(conflict);
		assertEquals("plan c \"Changed by someone else\"\n", answer.get("diskText").getAsString());
		assertEquals(Versions.of(Files.readAllBytes(folder.resolve("c.plan"))), answer.get("diskVersion").getAsString());
		assertTrue(answer.get("error").getAsString().contains("changed on disk"));
		assertEquals("plan c \"Changed by someone else\"\n", Files.readString(folder.resolve("c.plan")), "not overwritten");
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
	}

	@Test
	void createsANewFileOnlyIfItDoesNotExist() throws Exception {
		HttpResponse<String> created = served.put("/api/file?path=sub/new.plan", body("plan fresh\n", ""));
		assertEquals(200, created.statusCode(), created.body());
		assertEquals("plan fresh\n", Files.readString(folder.resolve("sub/new.plan")));
		assertEquals(409, served.put("/api/file?path=sub/new.plan", body("plan again\n", "")).statusCode());
	}

	@Test
	void refusesBadBodiesInWords() {
		HttpResponse<String> notJson = served.put("/api/file?path=a.plan", "{not json");
		assertEquals(400, notJson.statusCode());
		assertTrue(Served.json(notJson).get("error").getAsString().contains("not JSON"));
		assertEquals(400, served.put("/api/file?path=a.plan", "{\"baseVersion\":\"x\"}").statusCode());
		assertEquals(404, served.get("/api/file?path=missing.plan").statusCode());
		assertEquals(403, served.get("/api/file?path=notes.txt").statusCode());
		assertEquals(404, served.get("/api/nothing").statusCode());
	}

	@Test
	void refusesATextOverTwoMegabytes() {
		String big = "plan big\n" + "// x\n".repeat((2 << 20) / 5 + 10);
		HttpResponse<String> response = served.put("/api/file?path=big.plan", body(big, ""));
		assertTrue(response.statusCode() == 403 || response.statusCode() == 413, response.statusCode() + " " + response.body());
		assertFalse(Files.exists(folder.resolve("big.plan")));
		HttpResponse<String> huge = served.put("/api/file?path=big.plan", body("x".repeat(6 << 20), ""));
		assertEquals(413, huge.statusCode());
		assertTrue(Served.json(huge).has("error"));
	}

	@Test
	void readOnlyRefusesSaving(@TempDir Path other) throws Exception {
		try (Served readOnly = Served.start(other, Map.of("a.plan", "plan a\n"), ServeOptions.LOCAL, true, Optional.empty())) {
			assertTrue(Served.json(readOnly.get("/api/files")).get("readOnly").getAsBoolean());
			String base = Served.json(readOnly.get("/api/file?path=a.plan")).get("version").getAsString();
			HttpResponse<String> refused = readOnly.put("/api/file?path=a.plan", body("plan changed\n", base));
			assertEquals(403, refused.statusCode());
			assertTrue(Served.json(refused).get("error").getAsString().contains("read-only"));
			assertEquals("plan a\n", Files.readString(other.resolve("a.plan")));
		}
	}

	static String body(String text, String baseVersion) {
		JsonObject body = new JsonObject();
		body.addProperty("text", text);
		body.addProperty("baseVersion", baseVersion);
		return body.toString();
	}
}

package org.plans.dsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page, the rules' pages, the targets and generation. */
class PagesTest {

	@TempDir
	static Path folder;

	static Served served;

	@BeforeAll
	static void start() throws Exception {
		served = Served.local(folder);
	}

	@AfterAll
	static void stop() throws Exception {
		served.close();
	}

	@Test
	void theRootIsThePageOrSaysItWasNotBuilt() {
		HttpResponse<String> page = served.get("/");
		assertEquals(200, page.statusCode());
		assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
		boolean built = PagesTest.class.getResource("/org/plans/dsl/serve/web/index.html") != null;
		assertTrue(built || page.body().contains("without the npm step"), page.body());
		assertEquals(404, served.get("/assets/missing.js").statusCode());
	}

	@Test
	void aRulePageHasTheRulesText() {
		HttpResponse<String> rule = served.get("/rules/PLAN-105");
		assertEquals(200, rule.statusCode());
		assertTrue(rule.body().contains("id=\"PLAN-105\""));
		assertTrue(rule.body().contains("action-without-lead"));
		assertTrue(rule.body().contains("<strong>Default severity:</strong> warning"), rule.body());
		HttpResponse<String> all = served.get("/rules");
		assertTrue(all.body().contains("id=\"plan-002-unresolved-reference\""));
		assertTrue(all.body().contains("id=\"PLAN-701\""));
		assertEquals(all.body(), served.get("/docs/rules.md").body());
		HttpResponse<String> none = served.get("/rules/PLAN-999");
		assertEquals(404, none.statusCode());
		assertTrue(Served.json(none).get("error").getAsString().contains("no rule"));
	}

	@Test
	void theTargetsAreListed() {
		String targets = served.get("/api/targets").body();
		assertTrue(targets.contains("\"report\"") && targets.contains("\"markdown\"") && targets.contains("\"by-lead\""), targets);
	}

	@Test
	void generatesAZipOfTheChosenTargetsFromTheDisk() throws IOException {
		HttpResponse<byte[]> response = generate("{\"targets\":[\"report\",\"markdown\"]}");
		assertEquals(200, response.statusCode());
		assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
		List<String> names = new ArrayList<>();
		String report = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				names.add(entry.getName());
				byte[] bytes = zip.readAllBytes();
				if (entry.getName().startsWith("report/")) {
					report = new String(bytes, StandardCharsets.UTF_8);
				}
			}
		}
		assertTrue(names.stream().anyMatch(n -> n.startsWith("report/") && n.endsWith(".html")), names.toString());
		assertTrue(names.stream().anyMatch(n -> n.startsWith("markdown/") && n.endsWith(".md")), names.toString());
		assertTrue(report.contains("Team plan"), report);
	}

	@Test
	void anUnknownTargetIsSaidInWords() {
		HttpResponse<byte[]> response = generate("{\"targets\":[\"nonsense\"]}");
		assertEquals(422, response.statusCode());
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertTrue(body.contains("no target 'nonsense'") && body.contains("report"), body);
		assertEquals(400, generate("{\"targets\":\"report\"}").statusCode());
	}

	private static HttpResponse<byte[]> generate(String json) {
		try {
			return served.http.send(served.request("/api/generate").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}

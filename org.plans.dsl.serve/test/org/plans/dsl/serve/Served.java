package org.plans.dsl.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A {@link PlansServer} on a free port over a folder of the test's plans, and HTTP to it. */
final class Served implements AutoCloseable {

	/** A plan in two files: people.plan declares the lead plan.plan uses. */
	static final Map<String, String> TWO_FILES = Map.of("people.plan", "plan workforce\n\nperson kt \"Karen Tolond\"\n",
			"plan.plan", "plan workforce \"Team plan\" {\n    issued 2024-04\n}\n\npriority 1 \"Workforce\" {\n"
					+ "    objective 1.1 \"Staff\" {\n        action 1.1.1 \"Reduce sickness absence\" {\n"
					+ "            lead kt\n            due 2025-03\n        }\n    }\n}\n");

	final Path folder;
	final PlansServer server;
	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private Served(Path folder, PlansServer server) {
		this.folder = folder;
		this.server = server;
	}

	static Served start(Path folder, Map<String, String> files, String host, boolean readOnly, Optional<String> token) throws Exception {
		return start(folder, files, new ServeOptions(folder, host, 0, readOnly, token));
	}

	static Served start(Path folder, Map<String, String> files, ServeOptions options) throws Exception {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
		PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return new Served(folder, PlansServer.start(options, log));
	}

	static Served local(Path folder) throws Exception {
		return start(folder, TWO_FILES, ServeOptions.LOCAL, false, Optional.empty());
	}

	String base() {
		return "http://" + hostInUri() + ":" + server.port();
	}

	private String hostInUri() {
		String address = server.address();
		return address.substring("http://".length(), address.lastIndexOf(':'));
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	HttpResponse<String> put(String path, String json) {
		return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static JsonObject json(HttpResponse<String> response) {
		return JsonParser.parseString(response.body()).getAsJsonObject();
	}

	@Override
	public void close() throws IOException {
		server.stop();
	}
}

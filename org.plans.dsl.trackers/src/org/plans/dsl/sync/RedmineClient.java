package org.plans.dsl.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plans.dsl.generator.json.Json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Redmine's REST API over {@link HttpClient}: JSON in and out, the API key in the
 * {@code X-Redmine-API-Key} header, every failure turned into one {@link SyncException}.
 */
public class RedmineClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final URI base;
	private final String apiKey;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public RedmineClient(URI base, String apiKey) {
		this.base = base;
		this.apiKey = apiKey;
	}

	public JsonNode get(String path) {
		return send("GET", path, null);
	}

	/** The answer to a GET, or empty when Redmine has no such thing (HTTP 404). */
	public Optional<JsonNode> find(String path) {
		try {
			return Optional.of(get(path));
		} catch (NotFound e) {
			return Optional.empty();
		}
	}

	public JsonNode post(String path, JsonNode body) {
		return send("POST", path, body);
	}

	public JsonNode put(String path, JsonNode body) {
		return send("PUT", path, body);
	}

	/** Every element of a paged collection ({@code issues}, {@code versions}...). */
	public List<JsonNode> all(String path, String collection) {
		List<JsonNode> result = new ArrayList<>();
		String separator = path.contains("?") ? "&" : "?";
		for (int offset = 0;; offset += 100) {
			JsonNode page = get(path + separator + "limit=100&offset=" + offset);
			JsonNode items = page.path(collection);
			items.forEach(result::add);
			int total = page.path("total_count").asInt(result.size());
			if (items.size() == 0 || result.size() >= total) {
				return result;
			}
		}
	}

	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private JsonNode send(String method, String path, JsonNode body) {
		URI uri = URI.create(base + path);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("X-Redmine-API-Key", apiKey)
				.header("Accept", "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		} else {
			request.header("Content-Type", "application/json").method(method,
					HttpRequest.BodyPublishers.ofString(Json.writeArraysByLine(body), StandardCharsets.UTF_8));
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (HttpTimeoutException e) {
			throw new SyncException("Redmine at " + base + " did not answer within " + TIMEOUT.toSeconds() + " s", e);
		} catch (ConnectException e) {
			throw new SyncException("Cannot reach Redmine at " + base + " (connection refused or no route)", e);
		} catch (IOException e) {
			throw new SyncException("Cannot reach Redmine at " + base + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SyncException("Interrupted while talking to Redmine at " + base, e);
		}
		return answer(method, path, response);
	}

	private JsonNode answer(String method, String path, HttpResponse<String> response) {
		int status = response.statusCode();
		if (status == 401) {
			throw new SyncException("Redmine at " + base + " refused the API key (HTTP 401): check "
					+ RedmineSyncOptions.API_KEY_VARIABLE + " and that the REST API is enabled");
		}
		if (status == 403) {
			throw new SyncException("Redmine at " + base + " does not allow " + method + " " + path
					+ " for this API key (HTTP 403)");
		}
		if (status == 404) {
			throw new NotFound("Redmine at " + base + " has no " + path.replaceAll("\\?.*", "") + " (HTTP 404)");
		}
		if (status == 422) {
			throw new SyncException("Redmine rejected " + method + " " + path + ": " + errors(response.body()));
		}
		if (status < 200 || status >= 300) {
			throw new SyncException("Redmine at " + base + " answered HTTP " + status + " to " + method + " " + path);
		}
		String body = response.body();
		if (body == null || body.isBlank()) {
			return Json.MAPPER.createObjectNode();
		}
		try {
			return Json.MAPPER.readTree(body);
		} catch (JacksonException e) {
			throw new SyncException("Redmine at " + base + " did not answer JSON to " + method + " " + path
					+ " (is this a Redmine with the REST API enabled?)", e);
		}
	}

	private static String errors(String body) {
		try {
			List<String> messages = new ArrayList<>();
			Json.MAPPER.readTree(body).path("errors").forEach(e -> messages.add(e.asText()));
			return messages.isEmpty() ? body : String.join("; ", messages);
		} catch (JacksonException e) {
			return body;
		}
	}

	/** HTTP 404: what was asked for does not exist, or this key cannot see it. */
	private static final class NotFound extends SyncException {

		private static final long serialVersionUID = 1L;

		NotFound(String message) {
			super(message);
		}
	}
}

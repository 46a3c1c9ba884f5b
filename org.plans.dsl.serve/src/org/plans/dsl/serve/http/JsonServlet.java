package org.plans.dsl.serve.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import org.plans.dsl.generator.json.Json;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The base of the API's servlets: a {@link Refusal} becomes its status and message, anything else
 * a 500 with one sentence (the details go to the log); request bodies are JSON of limited size.
 */
abstract class JsonServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	/** The largest request body: a 2 MB plan, escaped, with room for the JSON around it. */
	static final int MAX_BODY = 5 << 20;

	/** How much of a refused body is read to let the client see the refusal. */
	private static final long MAX_DRAINED = 16L << 20;

	private final transient PrintStream log;

	JsonServlet(PrintStream log) {
		this.log = log;
	}

	@Override
	protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			switch (request.getMethod()) {
				case "GET", "HEAD" -> get(request, response);
				case "PUT" -> put(request, response);
				case "POST" -> post(request, response);
				default -> throw notAllowed();
			}
		} catch (Refusal refusal) {
			Replies.error(response, refusal.status(), refusal.getMessage());
		} catch (IOException | RuntimeException e) {
			Replies.failure(response, e, log);
		}
	}

	void get(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		throw notAllowed();
	}

	void put(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		throw notAllowed();
	}

	void post(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		throw notAllowed();
	}

	private static Refusal notAllowed() {
		return new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This method is not allowed here.");
	}

	/** The request body as a JSON object. */
	static JsonNode body(HttpServletRequest request) throws Refusal, IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			throw tooLarge(request);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (InputStream in = request.getInputStream()) {
			byte[] buffer = new byte[8192];
			for (int n; (n = in.read(buffer)) > 0;) {
				bytes.write(buffer, 0, n);
				if (bytes.size() > MAX_BODY) {
					throw tooLarge(request);
				}
			}
		}
		try {
			JsonNode node = Json.MAPPER.readTree(bytes.toByteArray());
			if (node == null || !node.isObject()) {
				throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "The request body must be a JSON object.");
			}
			return node;
		} catch (JacksonException e) {
			throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "The request body is not JSON.");
		}
	}

	/**
	 * The refusal of a body over the limit, after reading (and dropping) what the client is still
	 * sending, up to {@link #MAX_DRAINED}: a connection closed with unread bytes is reset, and the
	 * client would see the reset instead of the 413. Beyond that the connection is closed anyway.
	 */
	private static Refusal tooLarge(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			byte[] buffer = new byte[8192];
			long read = 0;
			for (int n; read < MAX_DRAINED && (n = in.read(buffer)) > 0;) {
				read += n;
			}
		} catch (IOException gone) {
			// the client stopped sending: nothing left to read
		}
		return tooLarge();
	}

	private static Refusal tooLarge() {
		return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				"The request is larger than " + (MAX_BODY >> 20) + " MB.");
	}
}

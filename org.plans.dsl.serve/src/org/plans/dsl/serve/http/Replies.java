package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.plans.dsl.generator.json.Json;

import jakarta.servlet.http.HttpServletResponse;

/** How the server answers: JSON bodies, errors as {@code {"error": "..."}}, never a stack trace. */
final class Replies {

	private Replies() {
	}

	static void json(HttpServletResponse response, int status, Object body) throws IOException {
		byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType("application/json;charset=utf-8");
		response.setHeader("Cache-Control", "no-store");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	static void error(HttpServletResponse response, int status, String message) throws IOException {
		if (!response.isCommitted()) {
			response.resetBuffer(); // keeps the access filter's headers
			response.setHeader("Content-Disposition", null);
			json(response, status, Map.of("error", message));
		}
	}

	/** An unexpected failure: the log gets the details, the client one sentence. */
	static void failure(HttpServletResponse response, Throwable failure, PrintStream log) throws IOException {
		log.println("plans serve: a request failed:");
		failure.printStackTrace(log);
		error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
				"The server could not answer this request; its log has the details.");
	}

	static void html(HttpServletResponse response, int status, String html) throws IOException {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType("text/html;charset=utf-8");
		response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}
}

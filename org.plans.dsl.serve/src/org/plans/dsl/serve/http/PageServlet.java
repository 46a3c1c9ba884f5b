package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.plans.dsl.escaping.DocumentLanguage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editor page: {@code /} is {@code org/plans/dsl/serve/web/index.html} from the class path,
 * {@code /assets/*} the files beside it in {@code assets/} (both put there by the npm build). A jar
 * built without npm answers {@code /} with a page that says so.
 */
final class PageServlet extends JsonServlet {

	private static final long serialVersionUID = 1L;

	static final String WEB = "/org/plans/dsl/serve/web/";

	/** Asset names: plain names and folders, no dots alone, nothing to escape. */
	private static final Pattern ASSET = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

	private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=utf-8", "js",
			"text/javascript;charset=utf-8", "mjs", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8", "json",
			"application/json", "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "map", "application/json",
			"ico", "image/x-icon");

	static final String NOT_BUILT = "<!DOCTYPE html>\n<html lang=\"" + DocumentLanguage.TAG + "\"><head><meta charset=\"utf-8\"><title>plans serve</title></head>"
			+ "<body><h1>plans serve</h1><p>This build of plans has no editor page: it was built without the npm step "
			+ "(org.plans.dsl.serve/web). The API (<code>/api/files</code>) and the language server (<code>/lsp</code>) "
			+ "work; build with npm available to get the page.</p></body></html>\n";

	PageServlet(PrintStream log) {
		super(log);
	}

	@Override
	void get(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		if (path.equals("/") || path.equals("/index.html")) {
			if (!send(response, "index.html")) {
				Replies.html(response, HttpServletResponse.SC_OK, NOT_BUILT);
			}
			return;
		}
		String asset = path.startsWith("/assets/") ? path.substring("/assets/".length()) : "";
		if (!ASSET.matcher(asset).matches() || asset.contains("..") || !send(response, "assets/" + asset)) {
			throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "There is nothing at " + path + ".");
		}
	}

	private static boolean send(HttpServletResponse response, String name) throws IOException {
		try (InputStream in = PageServlet.class.getResourceAsStream(WEB + name)) {
			if (in == null) {
				return false;
			}
			byte[] bytes = in.readAllBytes();
			String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Cache-Control", name.equals("index.html") ? "no-cache" : "max-age=3600");
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
			return true;
		}
	}
}

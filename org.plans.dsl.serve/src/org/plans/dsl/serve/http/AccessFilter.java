package org.plans.dsl.serve.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.plans.dsl.escaping.DocumentLanguage;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may use the server, checked before every HTTP request and WebSocket handshake.
 * <ul>
 * <li>With a token (any bind but the default 127.0.0.1): {@code GET /?token=T} sets the cookie
 * {@value #COOKIE} (HttpOnly, SameSite=Strict) and sends the browser on to {@code /}; every other
 * request needs that cookie or {@code Authorization: Bearer T}.</li>
 * <li>Without one (127.0.0.1): the {@code Host} must be a loopback name, so that a web page whose
 * name an attacker points at 127.0.0.1 (DNS rebinding) is refused.</li>
 * <li>A request that changes something or opens the WebSocket, with an {@code Origin}, must come
 * from the same host and port the browser used ({@code Host}).</li>
 * </ul>
 */
public final class AccessFilter implements Filter {

	public static final String COOKIE = "plans_token";

	private static final Pattern LOOPBACK = Pattern.compile("(?:localhost|127(?:\\.\\d{1,3}){3}|\\[::1\\])(?::\\d{1,5})?");

	private final Optional<String> token;

	public AccessFilter(Optional<String> token) {
		this.token = token;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		String host = request.getHeader("Host") == null ? "" : request.getHeader("Host").toLowerCase(Locale.ROOT);
		if (token.isEmpty() && !LOOPBACK.matcher(host).matches()) {
			Replies.error(response, HttpServletResponse.SC_FORBIDDEN,
					"This server answers on localhost only; open it as http://127.0.0.1 or http://localhost.");
			return;
		}
		if (token.isPresent() && "GET".equals(request.getMethod()) && "/".equals(path(request))
				&& request.getParameter("token") != null) {
			if (!matches(request.getParameter("token"))) {
				Replies.error(response, HttpServletResponse.SC_UNAUTHORIZED, "The token in the address is wrong.");
				return;
			}
			boolean secure = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
			response.addHeader("Set-Cookie", COOKIE + "=" + token.get() + "; Path=/; HttpOnly; SameSite=Strict"
					+ (secure ? "; Secure" : ""));
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", "/");
			return;
		}
		if (token.isPresent() && !authorized(request)) {
			if ("/".equals(path(request)) && "GET".equals(request.getMethod())) {
				Replies.html(response, HttpServletResponse.SC_UNAUTHORIZED, "<!DOCTYPE html>\n<html lang=\"" + DocumentLanguage.TAG + "\"><head>"
						+ "<meta charset=\"utf-8\"><title>plans serve</title></head><body><p>Open the address with the token "
						+ "that <code>plans serve</code> printed when it started (<code>/?token=...</code>).</p></body></html>\n");
			} else {
				Replies.error(response, HttpServletResponse.SC_UNAUTHORIZED,
						"This server needs its token: open the address plans serve printed, with ?token=.");
			}
			return;
		}
		boolean changes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		boolean upgrade = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
		String origin = request.getHeader("Origin");
		if ((changes || upgrade) && origin != null && !sameOrigin(origin, host)) {
			Replies.error(response, HttpServletResponse.SC_FORBIDDEN, "Requests from another site are refused.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
	}

	private boolean authorized(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && matches(header.substring(7).strip())) {
			return true;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && matches(cookie.getValue())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Compares in constant time. */
	private boolean matches(String given) {
		return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
	}

	/** Whether {@code origin} ({@code scheme://host[:port]}) names {@code host} ({@code host[:port]}, lower case). */
	static boolean sameOrigin(String origin, String host) {
		try {
			URI uri = new URI(origin);
			if (uri.getHost() == null || uri.getScheme() == null) {
				return false;
			}
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			int defaultPort = scheme.equals("https") || scheme.equals("wss") ? 443 : 80;
			String originHost = uri.getHost().toLowerCase(Locale.ROOT);
			int originPort = uri.getPort() < 0 ? defaultPort : uri.getPort();
			int colon = host.lastIndexOf(':');
			boolean hasPort = colon > host.lastIndexOf(']');
			String hostName = hasPort ? host.substring(0, colon) : host;
			int hostPort = hasPort ? Integer.parseInt(host.substring(colon + 1)) : defaultPort;
			return originHost.equals(hostName) && originPort == hostPort;
		} catch (URISyntaxException | NumberFormatException e) {
			return false;
		}
	}
}

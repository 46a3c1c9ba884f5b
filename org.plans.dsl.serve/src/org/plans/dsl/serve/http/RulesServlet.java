package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The rules' documentation, so that a diagnostic's link can point at the server: {@code /rules}
 * (and {@code /docs/rules.md}, where the language server's links lead when the page gives
 * {@code rulesDocsBase} as the server's address) is every rule, {@code /rules/PLAN-105} one.
 */
final class RulesServlet extends JsonServlet {

	private static final long serialVersionUID = 1L;

	private final transient RulePages pages = RulePages.load();

	RulesServlet(PrintStream log) {
		super(log);
	}

	@Override
	void get(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		String rest = request.getPathInfo();
		if (rest == null || rest.equals("/") || request.getServletPath().startsWith("/docs")) {
			Replies.html(response, HttpServletResponse.SC_OK, pages.all());
			return;
		}
		Optional<String> page = pages.rule(rest.substring(1));
		if (page.isEmpty()) {
			throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "There is no rule " + rest.substring(1) + ".");
		}
		Replies.html(response, HttpServletResponse.SC_OK, page.get());
	}
}

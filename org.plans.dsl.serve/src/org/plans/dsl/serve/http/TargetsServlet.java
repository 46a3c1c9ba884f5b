package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.PlanTargets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/targets}: the installed generator targets, as {@code plans generate --list} names them. */
final class TargetsServlet extends JsonServlet {

	private static final long serialVersionUID = 1L;

	record Target(String name, String description) {
	}

	record Targets(List<Target> targets) {
	}

	TargetsServlet(PrintStream log) {
		super(log);
	}

	@Override
	void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
		List<Target> targets = PlanTargets.all().stream().map((PlanTarget t) -> new Target(t.name(), t.description())).toList();
		Replies.json(response, HttpServletResponse.SC_OK, new Targets(targets));
	}
}

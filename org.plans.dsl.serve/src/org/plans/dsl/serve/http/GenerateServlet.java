package org.plans.dsl.serve.http;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.serve.generate.TargetsZip;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/generate} with {@code {"targets": [...]}}: a zip of those targets from the plans on disk. */
final class GenerateServlet extends JsonServlet {

	private static final long serialVersionUID = 1L;

	private final transient TargetsZip zip;

	GenerateServlet(TargetsZip zip, PrintStream log) {
		super(log);
		this.zip = zip;
	}

	@Override
	void post(HttpServletRequest request, HttpServletResponse response) throws Refusal, IOException {
		JsonNode targets = body(request).get("targets");
		if (targets == null || !targets.isArray()) {
			throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "The request needs \"targets\": a list of target names.");
		}
		List<String> names = new ArrayList<>();
		for (JsonNode name : targets) {
			if (!name.isString()) {
				throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "Each target is a name, such as \"report\".");
			}
			names.add(name.asString());
		}
		byte[] bytes;
		try {
			bytes = zip.generate(names);
		} catch (TargetsZip.NotGenerated not) {
			throw new Refusal(422, not.getMessage());
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", "attachment; filename=\"plans-generated.zip\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}
}

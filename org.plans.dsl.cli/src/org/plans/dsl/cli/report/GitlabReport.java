package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitLab's code quality report (a subset of the Code Climate format): a JSON array of
 * issues with description, check_name, fingerprint, severity and location.path/lines.begin.
 * The fingerprint hashes the file, code, message and how many identical findings came before
 * in that file, not the line, so a finding keeps its fingerprint when lines above it move.
 */
public class GitlabReport implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		ArrayNode issues = Json.MAPPER.createArrayNode();
		Map<String, Integer> seen = new HashMap<>();
		for (Finding f : report.findings()) {
			String key = f.path() + "\n" + f.code() + "\n" + f.message();
			int occurrence = seen.merge(key, 1, Integer::sum);
			ObjectNode issue = issues.addObject().put("type", "issue").put("description", f.code() + " " + f.oneLineMessage())
					.put("check_name", f.code()).put("fingerprint", fingerprint(key + "\n" + occurrence))
					.put("severity", severity(f.level()));
			issue.putArray("categories").add(f.level() == Level.ERROR ? "Bug Risk" : "Style");
			ObjectNode location = issue.putObject("location").put("path", f.path());
			location.putObject("lines").put("begin", f.line()).put("end", f.endLine());
		}
		Json.write(issues, out);
	}

	/** GitLab's severities: info, minor, major, critical, blocker. */
	static String severity(Level level) {
		switch (level) {
		case ERROR:
			return "major";
		case WARNING:
			return "minor";
		default:
			return "info";
		}
	}

	static String fingerprint(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

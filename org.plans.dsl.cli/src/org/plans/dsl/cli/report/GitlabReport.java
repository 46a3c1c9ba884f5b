package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.plans.dsl.cli.report.gitlab.CodeQualityIssue;
import org.plans.dsl.generator.json.Json;

/**
 * GitLab's code quality report (a subset of the Code Climate format): a JSON array of
 * issues with description, check_name, fingerprint, severity and location.path/lines.begin.
 * The fingerprint hashes the file, code, message and how many identical findings came before
 * in that file, not the line, so a finding keeps its fingerprint when lines above it move.
 */
public class GitlabReport implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		List<CodeQualityIssue> issues = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Finding f : report.findings()) {
			String key = f.path() + "\n" + f.code() + "\n" + f.message();
			int occurrence = seen.merge(key, 1, Integer::sum);
			issues.add(new CodeQualityIssue("issue", f.code() + " " + f.oneLineMessage(), f.code(),
					fingerprint(key + "\n" + occurrence), severity(f.level()),
					List.of(f.level() == Level.ERROR ? "Bug Risk" : "Style"),
					new CodeQualityIssue.Location(f.path(), new CodeQualityIssue.Lines(f.line(), f.endLine()))));
		}
		Json.write(issues, out);
	}

	/** GitLab's severities: info, minor, major, critical, blocker. */
	static String severity(Level level) {
		return switch (level) {
		case ERROR -> "major";
		case WARNING -> "minor";
		default -> "info";
		};
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

package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.cli.report.gitlab.CodeQualityIssue;
import org.plans.dsl.generator.json.Json;

/**
 * GitLab's code quality report (a subset of the Code Climate format): a JSON array of
 * issues with description, check_name, fingerprint, severity and location.path/lines.begin.
 * The fingerprint is {@link Fingerprints}': it does not change when lines above a finding move.
 */
public class GitlabReport implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		List<CodeQualityIssue> issues = new ArrayList<>();
		List<String> fingerprints = Fingerprints.of(report.findings());
		for (int i = 0; i < report.findings().size(); i++) {
			Finding f = report.findings().get(i);
			issues.add(new CodeQualityIssue("issue", f.code() + " " + f.oneLineMessage(), f.code(), fingerprints.get(i),
					severity(f.level()),
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
}

package org.plans.dsl.cli.report.json;

import java.util.List;

/** The document of {@code plans validate --format json}: files, findings, plans, and the counts. */
public record ValidateJson(List<String> files, List<Finding> findings, List<Plan> plans, Summary summary) {

	/** Lines and columns count from 1; {@code severity} is error, warning or info. */
	public record Finding(String file, int line, int column, int endLine, int endColumn, String severity, String code,
			String message) {
	}

	public record Plan(String id, String title, List<String> files, int priorities, int objectives, int actions,
			int leads, int errors, int warnings) {
	}

	/** {@code failed}: some finding is at or above {@code failOn}. */
	public record Summary(int files, int plans, long errors, long warnings, long infos, String failOn,
			boolean failed) {
	}
}

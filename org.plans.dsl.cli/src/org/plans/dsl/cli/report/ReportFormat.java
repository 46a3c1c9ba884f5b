package org.plans.dsl.cli.report;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The formats of {@code plans validate --format}. */
public enum ReportFormat {
	TEXT(environment -> new TextReport()), JSON(environment -> new JsonReport()), SARIF(SarifReport::of),
	JUNIT(environment -> new JunitReport()), GITHUB(environment -> new GithubReport()), GITLAB(environment -> new GitlabReport());

	private final Function<Map<String, String>, ReportWriter> writer;

	ReportFormat(Function<Map<String, String>, ReportWriter> writer) {
		this.writer = writer;
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The writer, for the process's environment. */
	public ReportWriter writer() {
		return writer(System.getenv());
	}

	/** The writer, for a run with this environment ({@code PLANS_RULES_URL}: SARIF's rule links). */
	public ReportWriter writer(Map<String, String> environment) {
		return writer.apply(environment);
	}
}

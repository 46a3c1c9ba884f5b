package org.plans.dsl.cli.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The formats of {@code plans validate --format}. */
public enum ReportFormat {
	TEXT(TextReport::new), JSON(JsonReport::new), SARIF(SarifReport::new), JUNIT(JunitReport::new),
	GITHUB(GithubReport::new), GITLAB(GitlabReport::new);

	private final Supplier<ReportWriter> writer;

	ReportFormat(Supplier<ReportWriter> writer) {
		this.writer = writer;
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

	public ReportWriter writer() {
		return writer.get();
	}
}

package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;

import org.plans.dsl.cli.report.json.ValidateJson;
import org.plans.dsl.generator.json.Json;

/** The findings, plan summaries and counts as one JSON object, for scripts. */
public class JsonReport implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		ValidateJson json = new ValidateJson(report.files(),
				report.findings().stream()
						.map(f -> new ValidateJson.Finding(f.path(), f.line(), f.column(), f.endLine(), f.endColumn(),
								f.level().word(), f.code(), f.message()))
						.toList(),
				report.plans().stream()
						.map(p -> new ValidateJson.Plan(p.id(), p.title(), p.files(), p.priorities(), p.objectives(),
								p.actions(), p.leads(), p.errors(), p.warnings()))
						.toList(),
				new ValidateJson.Summary(report.files().size(), report.plans().size(), report.count(Level.ERROR),
						report.count(Level.WARNING), report.count(Level.INFO), report.failOn().word(), report.fails()));
		Json.write(json, out);
	}
}

package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The findings, plan summaries and counts as one JSON object, for scripts. */
public class JsonReport implements ReportWriter {

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		ObjectNode root = Json.object();
		ArrayNode files = root.putArray("files");
		report.files().forEach(files::add);
		ArrayNode findings = root.putArray("findings");
		for (Finding f : report.findings()) {
			findings.addObject().put("file", f.path()).put("line", f.line()).put("column", f.column())
					.put("endLine", f.endLine()).put("endColumn", f.endColumn()).put("severity", f.level().word())
					.put("code", f.code()).put("message", f.message());
		}
		ArrayNode plans = root.putArray("plans");
		for (PlanSummary p : report.plans()) {
			ObjectNode plan = plans.addObject().put("id", p.id()).put("title", p.title());
			ArrayNode planFiles = plan.putArray("files");
			p.files().forEach(planFiles::add);
			plan.put("priorities", p.priorities()).put("objectives", p.objectives()).put("actions", p.actions())
					.put("leads", p.leads()).put("errors", p.errors()).put("warnings", p.warnings());
		}
		root.putObject("summary").put("files", report.files().size()).put("plans", report.plans().size())
				.put("errors", report.count(Level.ERROR)).put("warnings", report.count(Level.WARNING))
				.put("infos", report.count(Level.INFO)).put("failOn", report.failOn().word())
				.put("failed", report.fails());
		Json.write(root, out);
	}
}

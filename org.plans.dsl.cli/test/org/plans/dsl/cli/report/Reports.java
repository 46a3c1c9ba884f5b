package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A small report with a finding of each level, and text that needs escaping in every format. */
final class Reports {

	static final String TRICKY = "Expected 'due' — found \"100%\", a <tag>, a comma & a colon: here\nsecond line";

	private Reports() {
	}

	static ValidationReport sample(Level failOn) {
		List<Finding> findings = List.of(
				new Finding("plans/a b.plan", 3, 7, 3, 12, Level.ERROR, "PLAN-001", TRICKY),
				new Finding("plans/a b.plan", 9, 1, 9, 5, Level.WARNING, "PLAN-020", "Action 1.2 has no lead."),
				new Finding("plans/c.plan", 2, 5, 2, 9, Level.INFO, "PLAN-030", "Action 2 is due soon."));
		List<PlanSummary> plans = List.of(new PlanSummary("demo", "Demo", List.of("plans/a b.plan", "plans/c.plan"), 2, 1,
				3, 2, 1, 1));
		return new ValidationReport(List.of("plans/a b.plan", "plans/c.plan", "plans/d.plan"), findings, plans, failOn);
	}

	static String write(ReportFormat format, ValidationReport report) {
		StringWriter out = new StringWriter();
		try {
			format.writer().write(report, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}
}

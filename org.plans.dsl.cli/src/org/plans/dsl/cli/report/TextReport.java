package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import org.plans.dsl.escaping.Terminal;

/** {@code file:line:col: severity CODE message}, then a short summary of each plan and of the run. */
public class TextReport implements ReportWriter {

	private final Colours colours;

	public TextReport() {
		this(Colours.NONE);
	}

	public TextReport(Colours colours) {
		this.colours = colours;
	}

	@Override
	public void write(ValidationReport report, Writer writer) throws IOException {
		PrintWriter out = new PrintWriter(writer);
		for (Finding f : report.findings()) {
			// one line per finding, thousands of them: concatenation, not a format string
			out.print(colours.position(Terminal.line(f.path()) + ":" + f.line() + ":" + f.column()) + ": "
					+ colours.level(f.level()) + " " + Terminal.line(f.code()) + " " + Terminal.line(f.message())
					+ System.lineSeparator());
		}
		if (!report.findings().isEmpty()) {
			out.println();
		}
		for (PlanSummary plan : report.plans()) {
			out.printf("%s: %s (%s)%n", Terminal.line(plan.id()), Terminal.line(plan.title()),
					Terminal.line(String.join(", ", plan.files())));
			out.printf("    %s, %s, %s, %s; %s, %s%n", Words.count(plan.priorities(), "priority", "priorities"),
					Words.count(plan.objectives(), "objective"), Words.count(plan.actions(), "action"),
					Words.count(plan.leads(), "lead"), Words.count(plan.errors(), "error"),
					Words.count(plan.warnings(), "warning"));
		}
		out.printf("Checked %s (%s): %s, %s.%n", Words.count(report.files().size(), "file"),
				Words.count(report.plans().size(), "plan"), Words.count(report.count(Level.ERROR), "error"),
				Words.count(report.count(Level.WARNING), "warning"));
		out.flush();
	}
}

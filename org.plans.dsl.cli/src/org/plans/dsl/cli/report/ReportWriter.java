package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a validation report in one format. */
public interface ReportWriter {

	void write(ValidationReport report, Writer out) throws IOException;
}

package org.plans.dsl.generator.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.report.ReportMetadata;
import org.plans.dsl.generator.report.ReportTarget;
import org.plans.dsl.naming.FileNames;

/**
 * {@code report-pdf}: the board report as a tagged PDF, printed from the {@code report} page
 * (the same facts, sections and charts; its print CSS) by {@link PrintedPdf}: headings, tables and
 * lists tagged, title and language set, fonts embedded, the charts as vector graphics.
 */
public class ReportPdfTarget implements PlanTarget {

	@Override
	public String name() {
		return "report-pdf";
	}

	@Override
	public String description() {
		return "the board report as a tagged PDF with vector charts; option period-days=90 (<plan>-report.pdf)";
	}

	@Override
	public Set<String> optionKeys() {
		return Set.of(ReportTarget.PERIOD_DAYS);
	}

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		for (PlanFacts plan : context.plans()) {
			Optional<LocalDate> dated = context.asOf(plan).day().or(() -> plan.issued().map(d -> d.first()));
			out.write(FileNames.safe(plan.id()) + "-report.pdf",
					PrintedPdf.of(ReportTarget.page(context, plan), ReportMetadata.of(plan, context.asOf(plan)), dated));
		}
	}
}

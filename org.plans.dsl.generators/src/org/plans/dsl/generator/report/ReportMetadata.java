package org.plans.dsl.generator.report;

import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.html.HtmlParts;
import org.plans.dsl.plans.PlanTextKind;

/**
 * What a board report file says about itself (PDF document information and XMP, Word core
 * properties): title, subject, a one-line description, the organisation as author. PDF/UA asks
 * for a title and a description; a screen reader announces them.
 */
public record ReportMetadata(String title, String subject, String description, String author) {

	public static final String SUBJECT = "Progress report on an improvement plan";

	public static ReportMetadata of(PlanFacts plan, AsOfDate asOf) {
		String title = ReportTarget.title(plan);
		return new ReportMetadata(title, SUBJECT, "Progress on " + plan.title() + ": " + HtmlParts.metaLine(plan, asOf),
				plan.text(PlanTextKind.ORGANISATION).orElse(""));
	}
}

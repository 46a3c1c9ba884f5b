package org.plans.dsl.generator.preview;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.escaping.Html;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.html.HtmlPage;
import org.plans.dsl.generator.html.HtmlTarget;
import org.plans.dsl.generator.html.ReportTarget;
import org.plans.dsl.generator.lead.ByLeadTarget;
import org.plans.dsl.generator.markdown.MarkdownTarget;
import org.plans.dsl.preview.PreviewKind;
import org.plans.dsl.preview.PreviewRenderer;

/**
 * The editors' preview pages, made by the same targets as {@code plans generate} from the facts
 * of the text being edited, judged against the plan's own "as of" date as validation is.
 */
public class PreviewPages implements PreviewRenderer {

	@Override
	public String render(PlanFacts plan, PreviewKind kind) throws IOException {
		GenerationContext context = new GenerationContext(List.of(plan), Optional.empty(), Map.of());
		return switch (kind) {
		case REPORT -> new ReportTarget().text(context, plan);
		case PLAN -> new HtmlTarget().text(context, plan);
		case CHECKLIST -> HtmlPage.of("Checklist: " + plan.title(),
				"<pre class=\"text\">" + Html.content(new MarkdownTarget().text(context, plan)) + "</pre>\n");
		case BY_LEAD -> new ByLeadTarget().leadsPage(plan, context.asOf(plan));
		};
	}
}

package org.plans.dsl.generator.lead;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.PlanTarget;
import org.plans.dsl.generator.html.HtmlPage;
import org.plans.dsl.generator.html.HtmlParts;
import org.plans.dsl.generator.html.Markup;
import org.plans.dsl.generator.markdown.MarkdownChecklist;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.naming.FileNames;
import org.plans.dsl.plans.Party;

/**
 * {@code by-lead}: for each lead, the actions they lead, soonest deadline first, overdue ones
 * marked — as Markdown and as HTML, in {@code <plan>-by-lead/<lead>.md} and {@code .html}.
 */
public class ByLeadTarget implements PlanTarget {

	@Override
	public String name() {
		return "by-lead";
	}

	@Override
	public String description() {
		return "one checklist per lead, soonest deadline first, in Markdown and HTML (<plan>-by-lead/<lead>.md, .html)";
	}

	@Override
	public void generate(GenerationContext context, OutputFiles out) throws IOException {
		for (PlanFacts plan : context.plans()) {
			AsOfDate asOf = context.asOf(plan);
			String folder = FileNames.safe(plan.id()) + "-by-lead/";
			Set<String> used = new HashSet<>();
			for (Party lead : plan.leads()) {
				String file = unique(FileNames.safe(Plans.nameFrom(plan.id(), lead)), used);
				List<ActionFacts> actions = plan.actionsLedBy(lead).stream().sorted(ActionFacts.BY_DEADLINE).toList();
				out.write(folder + file + ".md", markdown(plan, lead, actions, asOf));
				out.write(folder + file + ".html", html(plan, lead, actions, asOf));
			}
		}
	}

	/** Two leads whose names make the same file name get "-2", "-3"... in the order they are declared. */
	private static String unique(String name, Set<String> used) {
		String candidate = name;
		for (int i = 2; !used.add(candidate); i++) {
			candidate = name + "-" + i;
		}
		return candidate;
	}

	private static String summary(PlanFacts plan, List<ActionFacts> actions, AsOfDate asOf) {
		long overdue = actions.stream().filter(asOf::isOverdue).count();
		return plan.title() + " · " + Words.asOf(asOf) + " · " + actions.size()
				+ (actions.size() == 1 ? " action" : " actions") + (asOf.isGiven() ? ", " + overdue + " overdue" : "");
	}

	String markdown(PlanFacts plan, Party lead, List<ActionFacts> actions, AsOfDate asOf) {
		StringBuilder sb = new StringBuilder("# Actions led by ").append(Markdown.text(Words.party(lead))).append("\n\n");
		sb.append(Markdown.text(summary(plan, actions, asOf))).append("\n\n");
		actions.forEach(a -> sb.append(MarkdownChecklist.item(a, asOf, false, true)));
		return sb.toString();
	}

	String html(PlanFacts plan, Party lead, List<ActionFacts> actions, AsOfDate asOf) {
		String title = "Actions led by " + Words.party(lead);
		return HtmlPage.of(title, "<header>\n" + heading("h1", plan, lead, actions, asOf) + "</header>\n"
				+ HtmlParts.table(actions, asOf, true, true));
	}

	/** One page with every lead's checklist, each under its own heading (the editors' preview). */
	public String leadsPage(PlanFacts plan, AsOfDate asOf) {
		StringBuilder body = new StringBuilder(Markup.element("h1", null, "Actions by lead: " + plan.title())).append("\n");
		for (Party lead : plan.leads()) {
			List<ActionFacts> actions = plan.actionsLedBy(lead).stream().sorted(ActionFacts.BY_DEADLINE).toList();
			body.append("<section>\n").append(heading("h2", plan, lead, actions, asOf))
					.append(HtmlParts.table(actions, asOf, true, true)).append("</section>\n");
		}
		return HtmlPage.of("Actions by lead: " + plan.title(), body.toString());
	}

	private static String heading(String level, PlanFacts plan, Party lead, List<ActionFacts> actions, AsOfDate asOf) {
		return Markup.element(level, null, "Actions led by " + Words.party(lead)) + "\n"
				+ Markup.element("p", "meta", summary(plan, actions, asOf)) + "\n";
	}
}

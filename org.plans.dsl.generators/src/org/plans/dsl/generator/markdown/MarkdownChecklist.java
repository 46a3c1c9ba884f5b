package org.plans.dsl.generator.markdown;

import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Deliverable;
import org.plans.dsl.plans.Evidence;
import org.plans.dsl.plans.Link;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Status;

/** GitHub task-list items for actions, shared by the {@code markdown} and {@code by-lead} targets. */
public final class MarkdownChecklist {

	private static final String DETAIL_INDENT = "    ";

	private MarkdownChecklist() {
	}

	/** The plan's organisation, version, dates and as-of date on one line. */
	public static String meta(PlanFacts plan, AsOfDate asOf) {
		List<String> meta = new ArrayList<>();
		plan.text(PlanTextKind.ORGANISATION).ifPresent(meta::add);
		plan.text(PlanTextKind.VERSION).ifPresent(meta::add);
		plan.issued().ifPresent(d -> meta.add("Issued " + d.text()));
		plan.coversFrom().ifPresent(
				from -> meta.add("Covers " + from.text() + plan.coversTo().map(to -> " to " + to.text()).orElse("")));
		meta.add(Words.asOf(asOf));
		return String.join(" · ", meta.stream().map(Markdown::text).toList());
	}

	/**
	 * {@code - [ ] **1.1** Title — lead · due · status · RAG}, then details as sub-items. With
	 * {@code showLeads} false the lead is left out (a lead's own list); {@code where} adds the
	 * priority and objective the action belongs to.
	 */
	public static String item(ActionFacts action, AsOfDate asOf, boolean showLeads, boolean where) {
		StringBuilder sb = new StringBuilder("- [").append(action.isComplete() ? 'x' : ' ').append("] ");
		if (!action.ref().isEmpty()) {
			sb.append("**").append(Markdown.text(action.ref())).append("** ");
		}
		sb.append(Markdown.text(action.title(), DETAIL_INDENT));
		List<String> facts = new ArrayList<>();
		if (showLeads) {
			facts.add("lead: " + Words.leads(action));
			if (!action.involved().isEmpty()) {
				facts.add("involves: " + Words.parties(action.involved()));
			}
		}
		facts.add("due: " + Words.due(action));
		action.status().ifPresent(s -> facts.add(Words.status(s)));
		facts.add("RAG: " + Words.rag(action.latestRag()));
		sb.append(" — ");
		if (asOf.isOverdue(action)) {
			sb.append("**OVERDUE** · ");
		}
		sb.append(Markdown.text(String.join(" · ", facts))).append('\n');
		if (where && action.priority() != null) {
			detail(sb, "In", Words.where(action));
		}
		action.targets().forEach(t -> detail(sb, "Target", Words.target(t)));
		action.points().stream().filter(Position.class::isInstance)
				.forEach(p -> detail(sb, "Position", Words.measured(p)));
		for (Deliverable d : action.deliverables()) {
			sb.append("  - [").append(Plans.isWritten(d, "status") && d.getStatus() == Status.COMPLETE ? 'x' : ' ')
					.append("] Deliverable: ").append(Markdown.text(Words.deliverable(d), DETAIL_INDENT)).append('\n');
		}
		action.costs().forEach(c -> detail(sb, "Cost", Words.cost(c)));
		Members.of(action.action(), Risk.class).forEach(r -> detail(sb, "Risk", Words.risk(r)));
		Members.of(action.action(), Evidence.class).forEach(e -> detail(sb, "Evidence", Words.evidence(e)));
		Members.of(action.action(), Link.class).forEach(l -> detail(sb, "Link", Words.link(l)));
		List<String> dependsOn = Words.dependsOn(action);
		if (!dependsOn.isEmpty()) {
			detail(sb, "Depends on", String.join("; ", dependsOn));
		}
		action.alsoUnder().forEach(b -> detail(sb, "Also under", Words.block(b)));
		if (!action.addresses().isEmpty()) {
			detail(sb, "Addresses", String.join(", ", action.addresses().stream().map(Source::getName).toList()));
		}
		action.latestProgress().filter(p -> p.getText() != null || p.getDate() != null)
				.ifPresent(p -> detail(sb, "Latest progress" + (p.getDate() == null ? "" : " (" + p.getDate() + ")"),
						p.getText() == null ? "" : p.getText()));
		return sb.toString();
	}

	private static void detail(StringBuilder sb, String label, String text) {
		sb.append("  - ").append(Markdown.text(label)).append(": ").append(Markdown.text(text, DETAIL_INDENT))
				.append('\n');
	}
}

package org.plans.dsl.generator.markdown;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Priority;

/** {@code markdown}: the plan as a checklist of GitHub task-list items, by priority and objective. */
public class MarkdownTarget extends PlanFileTarget {

	public MarkdownTarget() {
		super("markdown", ".md", "a Markdown checklist by priority and objective, with leads, deadlines, targets and RAG");
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) {
		return checklist(plan, context.asOf(plan));
	}

	String checklist(PlanFacts plan, LocalDate asOf) {
		StringBuilder sb = new StringBuilder("# ").append(Markdown.text(plan.title())).append("\n\n");
		sb.append(MarkdownChecklist.meta(plan, asOf)).append("\n");
		for (Priority priority : plan.priorities()) {
			sb.append("\n## ").append(Markdown.text(Words.priority(priority))).append("\n\n");
			String people = Words.sponsorsAndLeads(priority);
			if (!people.isEmpty()) {
				sb.append(Markdown.text(people)).append("\n\n");
			}
			List<Objective> objectives = Members.of(priority, Objective.class);
			for (Objective objective : objectives) {
				sb.append("### Objective").append(objective.getName() == null ? "" : " " + Markdown.text(objective.getName()))
						.append(": ").append(Markdown.text(objective.getTitle())).append("\n\n");
				plan.actionsOf(objective).forEach(a -> sb.append(MarkdownChecklist.item(a, asOf, true, false)));
				sb.append('\n');
			}
			List<ActionFacts> direct = plan.directActionsOf(priority);
			if (!direct.isEmpty() && !objectives.isEmpty()) {
				sb.append("### Other actions\n\n");
			}
			direct.forEach(a -> sb.append(MarkdownChecklist.item(a, asOf, true, false)));
		}
		return sb.toString().stripTrailing() + "\n";
	}
}

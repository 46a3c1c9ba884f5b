package org.plans.dsl.generator.markdown;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.ObjectiveFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.PlanFileTarget;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Budget;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.Source;
/** {@code markdown}: the plan as a checklist of GitHub task-list items, by priority and objective. */
public class MarkdownTarget extends PlanFileTarget {

	public MarkdownTarget() {
		super("markdown", ".md", "a Markdown checklist by priority and objective, with leads, deadlines, targets and RAG");
	}

	@Override
	protected String render(GenerationContext context, PlanFacts plan) {
		return checklist(plan, context.asOf(plan));
	}

	/** The targets of a priority or objective, one line each; nothing when it has none. */
	private static void targets(StringBuilder sb, List<TargetFacts> targets) {
		targets.forEach(t -> sb.append("Target: ").append(Markdown.text(Words.target(t.target()))).append("\n\n"));
	}

	/** "Addresses: r1, f1" for a priority or objective that says what it answers; nothing when it does not. */
	private static void addresses(StringBuilder sb, EObject block) {
		List<String> names = Members.of(block, Addresses.class).stream().flatMap(a -> a.getSources().stream())
				.map(Source::getName).toList();
		if (!names.isEmpty()) {
			sb.append("Addresses: ").append(Markdown.text(String.join(", ", names))).append("\n\n");
		}
	}

	/** The risks written on a priority or objective, one line each. */
	private static void risks(StringBuilder sb, EObject block) {
		Members.of(block, Risk.class).forEach(r -> sb.append("Risk: ").append(Markdown.text(Words.risk(r))).append("\n\n"));
	}

	String checklist(PlanFacts plan, AsOfDate asOf) {
		StringBuilder sb = new StringBuilder("# ").append(Markdown.text(plan.title())).append("\n\n");
		sb.append(MarkdownChecklist.meta(plan, asOf)).append("\n");
		plan.headerDetails(Budget.class).forEach(b -> sb.append("\nBudget: ").append(Markdown.text(Words.budget(b))).append('\n'));
		for (PriorityFacts priority : plan.priorityFacts()) {
			sb.append("\n## ").append(Markdown.text(Words.priority(priority.priority()))).append("\n\n");
			String people = Words.sponsorsAndLeads(priority);
			if (!people.isEmpty()) {
				sb.append(Markdown.text(people)).append("\n\n");
			}
			Members.of(priority.priority(), Budget.class)
					.forEach(b -> sb.append("Budget: ").append(Markdown.text(Words.budget(b))).append("\n\n"));
			addresses(sb, priority.priority());
			targets(sb, priority.targets());
			risks(sb, priority.priority());
			for (ObjectiveFacts objective : priority.objectives()) {
				sb.append("### Objective").append(objective.ref().isEmpty() ? "" : " " + Markdown.text(objective.ref()))
						.append(": ").append(Markdown.text(objective.title())).append("\n\n");
				addresses(sb, objective.objective());
				targets(sb, objective.targets());
				risks(sb, objective.objective());
				objective.actions().forEach(a -> sb.append(MarkdownChecklist.item(a, asOf, true, false)));
				sb.append('\n');
			}
			List<ActionFacts> direct = priority.directActions();
			if (!direct.isEmpty() && !priority.objectives().isEmpty()) {
				sb.append("### Other actions\n\n");
			}
			direct.forEach(a -> sb.append(MarkdownChecklist.item(a, asOf, true, false)));
		}
		sb.append(MarkdownMeasures.section(plan));
		sb.append(MarkdownSources.section(plan));
		return sb.toString().stripTrailing() + "\n";
	}
}

package org.plans.dsl.generator.markdown;

import org.plans.dsl.escaping.Markdown;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextItem;

/**
 * The Markdown checklist's "Recommendations and findings": each with its kind, category and
 * the recommendation it is under ("recommendation, priority action, under r1", "finding,
 * strength"), who made it and when, its texts and the targets that would show it met.
 */
final class MarkdownSources {

	private static final String INDENT = "    ";

	private MarkdownSources() {
	}

	/** The section, or "" when the plan has no recommendation or finding. */
	static String section(PlanFacts plan) {
		if (plan.sources().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder("\n## Recommendations and findings\n\n");
		for (Source source : plan.sources()) {
			String origin = Words.origin(source);
			sb.append("- **").append(Markdown.text(source.getName())).append("** (")
					.append(Markdown.text(Words.sourceKind(source))).append(") ")
					.append(Markdown.text(source.getText() + origin, INDENT)).append('\n');
			for (TextItem text : Members.of(source, TextItem.class)) {
				sb.append("  - ").append(Markdown.text(Words.capitalised(text.getKind().getLiteral()))).append(": ")
						.append(Markdown.text(text.getText(), INDENT)).append('\n');
			}
			for (Target target : Members.of(source, Target.class)) {
				sb.append("  - Target: ").append(Markdown.text(Words.target(target), INDENT)).append('\n');
			}
		}
		return sb.toString();
	}
}

package org.plans.dsl.generator.report;

import java.util.List;
import java.util.Optional;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.diff.DiffFormat;
import org.plans.dsl.generator.diff.PlanChange;
import org.plans.dsl.generator.diff.PlanDiff;
import org.plans.dsl.generator.html.Markup;

/** The board report's "Changes since" section: what {@link PlanDiff} finds between the earlier version and this one. */
final class ChangesSection {

	private ChangesSection() {
	}

	/** The section, or an empty string when no earlier version was given. */
	static String of(GenerationContext context, PlanFacts plan) {
		if (context.earlier().isEmpty()) {
			return "";
		}
		String label = context.earlier().get().label();
		StringBuilder sb = new StringBuilder("<section class=\"changes\">\n")
				.append(Markup.element("h2", null, "Changes since " + label)).append('\n');
		Optional<PlanFacts> old = context.earlier(plan);
		if (old.isEmpty()) {
			sb.append(Markup.element("p", "meta", "The plan is new since " + label + ".")).append('\n');
		} else {
			List<PlanChange> changes = PlanDiff.between(old.get(), plan, context.earlier().get());
			sb.append(Markup.element("p", "meta", changes.isEmpty() ? "No changes."
					: changes.size() + (changes.size() == 1 ? " change." : " changes."))).append('\n');
			sb.append(DiffFormat.htmlGroups(changes));
		}
		return sb.append("</section>\n").toString();
	}
}

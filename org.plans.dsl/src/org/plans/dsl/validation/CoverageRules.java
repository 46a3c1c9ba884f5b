package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.PriorityFacts;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.SourceKind;
import org.plans.dsl.rules.Rule;

/** Coverage: every recommendation is addressed, every priority can be measured. */
public class CoverageRules extends PlanRules {

	@Check
	public void recommendationAddressed(Source source) {
		if (source.getKind() == SourceKind.RECOMMENDATION && !plan(source).addressed().contains(source)) {
			report(Rule.RECOMMENDATION_NOT_ADDRESSED, "Recommendation " + source.getName()
					+ " is not addressed by any action. Add a line such as: addresses " + source.getName()
					+ " to the action, objective or priority that responds to it.", source, SOURCE__NAME);
		}
	}

	@Check
	public void priorityHasMeasurableTarget(Priority priority) {
		boolean measurable = plan(priority).priority(priority)
				.map(PriorityFacts::hasMeasurableTarget).orElse(false);
		if (!measurable) {
			report(Rule.PRIORITY_WITHOUT_MEASURABLE_TARGET, Labels.start(priority)
					+ " has no measurable target, so its progress cannot be judged. Give one of its actions a target with a measure, a number and a date, such as: target caseload <= 20 by 2025-03",
					priority, BLOCK__NAME);
		}
	}
}

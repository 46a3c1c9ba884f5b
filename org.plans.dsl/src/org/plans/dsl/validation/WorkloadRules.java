package org.plans.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.rules.Rule;

/** Workload: no lead has more open actions due in one month than the project allows. */
public class WorkloadRules extends PlanRules {

	@Check
	public void leadWorkload(PlanFile file) {
		int limit = settings().maxActionsPerMonth(file.eResource());
		if (!isOn(Rule.LEAD_OVERLOADED, file)) {
			return;
		}
		// kept per lead and month: an edit looks again only at the months whose actions changed
		LeadWorkload workload = plan(file).derived(
				new PlanWideKey(Rule.LEAD_OVERLOADED.code(), limit, List.<Class<? extends EObject>> of(EObject.class)),
				plan -> LeadWorkload.of(plan, limit), (plan, before) -> before.update(plan));
		report(file, Rule.LEAD_OVERLOADED, workload.findings);
	}
}

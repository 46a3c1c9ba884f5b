package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.Check;
import org.plans.dsl.linking.Suggestions;
import org.plans.dsl.plans.Uses;
import org.plans.dsl.rules.Rule;

import com.google.inject.Inject;

/** References the linker does not check: the plans a file {@code uses}. */
public class ReferenceRules extends PlanRules {

	@Inject
	private ResourceDescriptionsProvider index;

	@Check
	public void usedPlanExists(Uses uses) {
		if (uses.getPlan() == null || uses.eResource() == null) {
			return;
		}
		IResourceDescriptions plans = index.getResourceDescriptions(uses.eResource());
		if (plans.getExportedObjects(PLAN, QualifiedName.create(uses.getPlan()), false).iterator().hasNext()) {
			return;
		}
		String message = "No plan called '" + uses.getPlan() + "' is loaded.";
		message += Suggestions.closest(plans.getExportedObjectsByType(PLAN), uses.getPlan())
				.map(id -> " Did you mean '" + id + "'?").orElse("");
		report(Rule.UNKNOWN_PLAN, message + " Check the plan id, and validate that plan's files together with this one.",
				uses, USES__PLAN);
	}
}

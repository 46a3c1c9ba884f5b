package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.rules.Rule;

/** Configuration: plans.properties and the caller's options only hold what the rules understand. */
public class ConfigurationRules extends PlanRules {

	@Check
	public void configurationIsValid(PlanFile file) {
		if (file.getPlan() == null) {
			return;
		}
		for (String problem : settings().problems(file.eResource())) {
			report(Rule.CONFIGURATION, "Configuration problem in " + problem, file.getPlan(), PLAN__NAME);
		}
	}
}

package org.plans.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.plans.dsl.ide.PlanLabels;
import org.plans.dsl.plans.Plan;

/**
 * Outline names a reader recognises ("1.1 Recruit permanent social workers"); the plan
 * file is the outline's root, so its header is not listed again.
 */
public class PlansSymbolNames extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		return object instanceof Plan ? null : PlanLabels.label(object);
	}
}

package org.plans.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.plans.dsl.ide.PlanLabels;
import org.plans.dsl.naming.PlansQualifiedNameProvider;

/**
 * Proposes each declaration once, by the shortest name that reaches it, labelled with its
 * title ({@code sjs — Sarah-Jane Smedmor}, {@code 1.1 Recruit permanent social workers}), its
 * detail saying what it is, and which plan when it is another plan's ({@code person in plan demo}).
 */
public class PlansCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription candidate : super.queryScope(scope, crossReference, context)) {
			shortest.merge(candidate.getEObjectURI(), candidate,
					(a, b) -> b.getName().getSegmentCount() < a.getName().getSegmentCount() ? b : a);
		}
		return new ArrayList<>(shortest.values());
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject target = candidate.getEObjectOrProxy();
		if (target.eIsProxy() && context.getResource() != null) {
			target = EcoreUtil.resolve(target, context.getResource());
		}
		if (!target.eIsProxy()) {
			String label = PlanLabels.label(target);
			if (label != null) {
				entry.setLabel(label);
			}
			String plan = PlansQualifiedNameProvider.planIdOf(target);
			boolean foreign = plan != null && context.getResource() != null && !context.getResource().getContents().isEmpty()
					&& !plan.equals(PlansQualifiedNameProvider.planIdOf(context.getResource().getContents().get(0)));
			entry.setDescription(foreign ? PlanLabels.kind(target) + " in plan " + plan : PlanLabels.kind(target));
		}
		return entry;
	}

}

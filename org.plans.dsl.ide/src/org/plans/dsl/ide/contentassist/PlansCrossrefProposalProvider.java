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

/**
 * Proposes each declaration once, by the shortest name that reaches it, labelled with its
 * title ({@code sjs — Sarah-Jane Smedmor}, {@code 1.1 Recruit permanent social workers}).
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
			entry.setDescription(PlanLabels.kind(target));
		}
		return entry;
	}

}

package org.plans.dsl.linking;

import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.plans.dsl.naming.PlansQualifiedNameConverter;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * An unresolved name in plain English, with the closest declared name that the reference
 * could mean: "No person, role, team or partner called 'sjss' is declared. Did you mean 'sjs'?"
 */
public class PlansLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopes;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		StringBuilder message = new StringBuilder("No ").append(kind(context.getReference().getEReferenceType()))
				.append(" called '").append(name).append("' is declared.");
		closest(scopes.getScope(context.getContext(), context.getReference()), name)
				.ifPresent(match -> message.append(" Did you mean '").append(match).append("'?"));
		return new DiagnosticMessage(message.toString(), Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, name);
	}

	/** What the reference expects, in words. */
	static String kind(EClass type) {
		if (type == PlansPackage.Literals.PARTY) {
			return "person, role, team or partner";
		}
		if (type == PlansPackage.Literals.SOURCE) {
			return "recommendation or finding";
		}
		if (type == PlansPackage.Literals.PRIORITY) {
			return "priority or workstream";
		}
		return type.getName().toLowerCase();
	}

	/** The visible name nearest to {@code name} by edit distance, if it is near enough to be a typo. */
	static Optional<String> closest(IScope scope, String name) {
		if (name == null || name.isEmpty()) {
			return Optional.empty();
		}
		int limit = Math.max(2, name.length() / 3);
		LevenshteinDistance distance = new LevenshteinDistance(limit);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (IEObjectDescription candidate : scope.getAllElements()) {
			String text = String.join(PlansQualifiedNameConverter.DELIMITER, candidate.getName().getSegments());
			int d = distance.apply(name, text);
			if (d >= 0 && (d < bestDistance || d == bestDistance && text.length() < best.length())) {
				best = text;
				bestDistance = d;
			}
		}
		return Optional.ofNullable(best);
	}
}

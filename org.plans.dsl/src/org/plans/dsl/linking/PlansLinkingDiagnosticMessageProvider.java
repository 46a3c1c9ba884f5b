package org.plans.dsl.linking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.rules.Rule;

import com.google.inject.Inject;

/**
 * An unresolved name in plain English, with the closest declared name that the reference
 * could mean: "No person, role, team or partner called 'sjss' is declared. Did you mean 'sjs'?"
 */
public class PlansLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopes;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		String kind = kind(context.getReference().getEReferenceType());
		SuggestionIndex index = index(context);
		List<String> inOtherPlans = index.qualified(name);
		String message;
		if (inOtherPlans.size() > 1) {
			message = "'" + name + "' could mean " + String.join(" or ", inOtherPlans)
					+ ": more than one plan this file uses declares it. Write the one you mean, such as " + inOtherPlans.get(0)
					+ ".";
		} else if (inOtherPlans.size() == 1) {
			message = "No " + kind + " called '" + name + "' is declared in this plan or the plans it uses. Did you mean '"
					+ inOtherPlans.get(0) + "'?";
		} else {
			message = "No " + kind + " called '" + name + "' is declared.";
			if (!index.mayTryHarder()) {
				return unresolved(message, name);
			}
			Optional<String> closest = index.closest(name);
			if (closest.isPresent()) {
				return unresolved(message + " Did you mean '" + closest.get() + "'?", name, closest.get());
			}
			Optional<Suggestions.Titled> titled = index.titled(name, context.getContext());
			if (titled.isPresent()) {
				return unresolved(message + " Did you mean '" + titled.get().id() + "', the id of \"" + titled.get().title()
						+ "\"?", name, titled.get().id(), titled.get().title());
			}
		}
		return unresolved(message, name);
	}

	/** The names this kind of reference can mean from this file, indexed once per file and kind until the file changes. */
	private SuggestionIndex index(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		Resource resource = context.getContext().eResource();
		if (resource == null) {
			return SuggestionIndex.of(scopes.getScope(context.getContext(), reference).getAllElements());
		}
		return cache.get(Tuples.create(SuggestionIndex.class, reference), resource,
				() -> SuggestionIndex.of(scopes.getScope(context.getContext(), reference).getAllElements()));
	}

	/**
	 * The finding, with data for the quick fixes: the name written, then the id it may mean and
	 * (when the name written was the start of a title) that title.
	 */
	private static DiagnosticMessage unresolved(String message, String... data) {
		return new DiagnosticMessage(message, Severity.ERROR, Rule.UNRESOLVED_REFERENCE.code(), data);
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
		return type.getName().toLowerCase(Locale.ROOT);
	}
}

package org.plans.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.Tuples;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;

import com.google.inject.Inject;

/**
 * Every declaration is named {@code <plan id>::<name>}, whichever file of the plan
 * declares it; the plan itself is named by its id.
 */
public class PlansQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (obj.eResource() == null) {
			return compute(obj);
		}
		return cache.get(Tuples.pair(obj, "fqn"), obj.eResource(), () -> compute(obj));
	}

	private QualifiedName compute(EObject obj) {
		if (obj instanceof Plan plan) {
			return plan.getName() == null ? null : QualifiedName.create(plan.getName());
		}
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(obj);
		if (name == null || name.isEmpty()) {
			return null;
		}
		String planId = planIdOf(obj);
		return planId == null ? QualifiedName.create(name) : QualifiedName.create(planId, name);
	}

	/** The id of the plan whose file contains {@code obj}, or null. */
	public static String planIdOf(EObject obj) {
		EObject root = obj;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		if (root instanceof PlanFile file && file.getPlan() != null) {
			return file.getPlan().getName();
		}
		return null;
	}
}

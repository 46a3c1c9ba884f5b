package org.plans.dsl.naming;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;

/**
 * Every declaration is named {@code <plan id>::<name>}, whichever file of the plan
 * declares it; the plan itself is named by its id. Computed each time: a walk up a few
 * containers costs less than a cache entry per object.
 */
public class PlansQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		if (obj instanceof Plan plan) {
			return plan.getName() == null ? null : QualifiedName.create(plan.getName());
		}
		EAttribute attribute = nameAttribute(obj.eClass());
		if (attribute == null) {
			return null;
		}
		Object name = obj.eGet(attribute);
		if (!(name instanceof String text) || text.isEmpty()) {
			return null;
		}
		String planId = planIdOf(obj);
		return planId == null ? QualifiedName.create(text) : QualifiedName.create(planId, text);
	}

	/** The single-valued {@code name} attribute of a class, or null if its objects have no name. */
	public static EAttribute nameAttribute(EClass eClass) {
		EStructuralFeature feature = eClass.getEStructuralFeature("name");
		return feature instanceof EAttribute attribute && !attribute.isMany() ? attribute : null;
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

package org.plans.dsl.facts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.plans.dsl.naming.PlansQualifiedNameProvider;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.Role;
import org.plans.dsl.plans.Team;

/** Small helpers over the plan model. */
public final class Plans {

	private Plans() {
	}

	/** The nearest container of {@code obj} of the given type, or null. */
	public static <T> T ancestor(EObject obj, Class<T> type) {
		for (EObject current = obj == null ? null : obj.eContainer(); current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	/** {@code <plan id>::<name>}, the name other plans and outputs refer to a declaration by. */
	public static String qualifiedName(EObject declaration) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(declaration);
		String planId = PlansQualifiedNameProvider.planIdOf(declaration);
		return planId == null ? name : planId + "::" + name;
	}

	/** The short name when the declaration belongs to plan {@code planId}, else its qualified name. */
	public static String nameFrom(String planId, EObject declaration) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(declaration);
		String owner = PlansQualifiedNameProvider.planIdOf(declaration);
		return owner == null || owner.equals(planId) ? name : owner + "::" + name;
	}

	/** "person", "role", "team" or "partner". */
	public static String kindOf(Party party) {
		if (party instanceof Person) {
			return "person";
		}
		if (party instanceof Role) {
			return "role";
		}
		if (party instanceof Team) {
			return "team";
		}
		return "partner";
	}
}

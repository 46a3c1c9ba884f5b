package org.plans.dsl.facts;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.PlansPackage;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Role;
import org.plans.dsl.plans.Team;
import org.plans.dsl.plans.Unit;

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

	/**
	 * Whether an optional value was written. EMF cannot tell an enum's first literal ({@code red},
	 * {@code higher}, {@code %}, {@code not-started}) from "not given", so the text is asked too.
	 */
	public static boolean isWritten(EObject obj, EStructuralFeature feature) {
		return obj.eIsSet(feature) || !NodeModelUtils.findNodesForFeature(obj, feature).isEmpty();
	}

	/** The unit written after a number ({@code 80%}, {@code 20 days}), if any. */
	public static Optional<Unit> unitOf(Quantity quantity) {
		return quantity != null && isWritten(quantity, PlansPackage.Literals.QUANTITY__UNIT)
				? Optional.of(quantity.getUnit())
				: Optional.empty();
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

package org.plans.dsl.facts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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

	/**
	 * Whether the author wrote the feature. An enum's first literal (red, %, >=, higher,
	 * not-started) is also its default, so {@code eIsSet} alone cannot tell; the parse tree can.
	 */
	public static boolean isWritten(EObject obj, String featureName) {
		EStructuralFeature feature = obj.eClass().getEStructuralFeature(featureName);
		if (feature == null) {
			return false;
		}
		return obj.eIsSet(feature) || !NodeModelUtils.findNodesForFeature(obj, feature).isEmpty();
	}
}

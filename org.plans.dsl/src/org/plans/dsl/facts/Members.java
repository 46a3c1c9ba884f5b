package org.plans.dsl.facts;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Typed access to the members of a block (an action's leads, due date, progress...). */
public final class Members {

	private Members() {
	}

	/** The direct members of {@code container} of the given type, in the order written. */
	@SuppressWarnings("unchecked")
	public static <T> List<T> of(EObject container, Class<T> type) {
		if (container == null) {
			return List.of();
		}
		EStructuralFeature members = container.eClass().getEStructuralFeature("members");
		if (members == null) {
			members = container.eClass().getEStructuralFeature("details");
		}
		if (members == null || !members.isMany()) {
			return List.of();
		}
		return ((List<Object>) container.eGet(members)).stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The first member of the given type. */
	public static <T> Optional<T> first(EObject container, Class<T> type) {
		return of(container, type).stream().findFirst();
	}
}

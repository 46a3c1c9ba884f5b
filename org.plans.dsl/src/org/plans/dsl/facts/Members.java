package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Typed access to the members of a block (an action's leads, due date, progress...). */
public final class Members {

	private Members() {
	}

	/** The direct members of {@code container} of the given type, in the order written. */
	public static <T> List<T> of(EObject container, Class<T> type) {
		List<?> members = members(container);
		List<T> found = null;
		for (Object member : members) {
			if (type.isInstance(member)) {
				if (found == null) {
					found = new ArrayList<>(4);
				}
				found.add(type.cast(member));
			}
		}
		return found == null ? List.of() : Collections.unmodifiableList(found);
	}

	/** The first member of the given type. */
	public static <T> Optional<T> first(EObject container, Class<T> type) {
		for (Object member : members(container)) {
			if (type.isInstance(member)) {
				return Optional.of(type.cast(member));
			}
		}
		return Optional.empty();
	}

	/** The container's {@code members} (or {@code details}) list; empty if it has none. Rules call this for nearly every object. */
	private static List<?> members(EObject container) {
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
		return (List<?>) container.eGet(members);
	}
}

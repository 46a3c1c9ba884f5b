package org.plans.dsl.resource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where partial parsing replaced one element of a file, and what the old element was: its
 * class, whether it was or held anything the whole plan reads ({@link EditLog#isPlanWide}), and the
 * classes of everything it held, how many its list held ({@code oldSize}; -1 for a single value)
 * and where its text was ({@code oldOffset} to {@code oldEnd}, hidden tokens included; -1 if unknown).
 */
public record ReplacedElement(EObject container, EStructuralFeature feature, int index, int oldSize, int oldOffset,
		int oldEnd, EClass oldClass, Set<EClass> oldClasses) {

	/** Whether the old element was or held anything the whole plan reads. */
	public boolean oldPlanWide() {
		return EditLog.isPlanWide(oldClasses);
	}

	/** The classes of {@code element} and of everything in it. */
	public static Set<EClass> classesIn(EObject element) {
		Set<EClass> classes = new HashSet<>();
		classes.add(element.eClass());
		element.eAllContents().forEachRemaining(obj -> classes.add(obj.eClass()));
		return classes;
	}

	/** The element now in the old one's place; null when the edit removed it. */
	public EObject now() {
		Object value = container.eGet(feature);
		if (!feature.isMany()) {
			return (EObject) value;
		}
		var values = (List<?>) value;
		return index >= 0 && index < values.size() && values.get(index) instanceof EObject element ? element : null;
	}

	/**
	 * Whether one element stands in the old one's place and its list holds as many as before: the
	 * objects outside it are where they were in their containers.
	 */
	boolean inPlace() {
		if (!feature.isMany()) {
			return container.eGet(feature) instanceof EObject;
		}
		return ((List<?>) container.eGet(feature)).size() == oldSize && now() != null;
	}
}

package org.plans.dsl.resource;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where partial parsing replaced one element of a file, and what the old element was: its
 * class, and whether it was or held anything the whole plan reads ({@link EditLog#isPlanWide}).
 */
public record ReplacedElement(EObject container, EStructuralFeature feature, int index, EClass oldClass,
		boolean oldPlanWide) {

	/** The element now in the old one's place; null when the edit removed it. */
	public EObject now() {
		Object value = container.eGet(feature);
		if (!feature.isMany()) {
			return (EObject) value;
		}
		var values = (List<?>) value;
		return index >= 0 && index < values.size() && values.get(index) instanceof EObject element ? element : null;
	}
}

package org.plans.dsl.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The order in which EMF's tree iterator visits a file's objects (a container before what it
 * holds; contents by containment feature, then list position), for a few objects at a time.
 */
final class TreeOrder {

	private TreeOrder() {
	}

	/** The objects, all contained in {@code resource}, sorted into tree order. */
	static List<EObject> sort(Resource resource, List<EObject> objects) {
		Map<EObject, int[]> positions = new IdentityHashMap<>();
		for (EObject obj : objects) {
			positions.put(obj, position(resource, obj));
		}
		List<EObject> sorted = new ArrayList<>(objects);
		sorted.sort((a, b) -> Arrays.compare(positions.get(a), positions.get(b)));
		return sorted;
	}

	/** Root index, then (containment feature id, index in its list) from the root down. */
	private static int[] position(Resource resource, EObject obj) {
		List<Integer> reversed = new ArrayList<>();
		InternalEObject current = (InternalEObject) obj;
		for (InternalEObject container = current.eInternalContainer(); container != null; container = current
				.eInternalContainer()) {
			EReference feature = current.eContainmentFeature();
			reversed.add(feature.isMany() ? ((List<?>) container.eGet(feature, false)).indexOf(current) : 0);
			reversed.add(container.eClass().getFeatureID(feature));
			current = container;
		}
		reversed.add(resource.getContents().indexOf(current));
		int[] position = new int[reversed.size()];
		for (int i = 0; i < position.length; i++) {
			position[i] = reversed.get(position.length - 1 - i);
		}
		return position;
	}
}

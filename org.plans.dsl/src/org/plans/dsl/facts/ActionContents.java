package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Action;

/**
 * The objects of one action (itself first, then everything in it, in the order written), kept
 * with the plan's contents while the action's text is unchanged; what each kind of question
 * found in it, and what its links lead to, are kept with it.
 */
final class ActionContents {

	private final List<EObject> objects = new ArrayList<>();

	private Map<Object, List<EObject>> asked;

	private List<EObject> targets;

	ActionContents(Action action) {
		objects.add(action);
		action.eAllContents().forEachRemaining(objects::add);
	}

	/** Its objects whose class {@code test} accepts, in the order written; kept under {@code key}. */
	synchronized List<EObject> of(Object key, Predicate<EClass> test) {
		if (asked == null) {
			asked = new HashMap<>(4);
		}
		List<EObject> result = asked.get(key);
		if (result == null) {
			result = new ArrayList<>();
			for (EObject obj : objects) {
				if (test.test(obj.eClass())) {
					result.add(obj);
				}
			}
			result = result.isEmpty() ? List.of() : List.copyOf(result);
			asked.put(key, result);
		}
		return result;
	}

	/**
	 * What its objects link to, with repeats. Kept while every target is still a resolved object
	 * in a file: a kept action's link is linked again only when its target was replaced or it did
	 * not resolve.
	 */
	synchronized List<EObject> targets() {
		if (targets == null || targets.stream().anyMatch(t -> t.eIsProxy() || t.eResource() == null)) {
			List<EObject> found = new ArrayList<>();
			for (EObject obj : objects) {
				found.addAll(obj.eCrossReferences());
			}
			targets = found;
		}
		return targets;
	}
}

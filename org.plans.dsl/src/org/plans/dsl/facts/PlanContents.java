package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.PlanFile;

/**
 * Every object of a plan's files, at any depth, in the order written: one walk of the files,
 * shared by every fact. Objects are also kept by their exact class, so that asking for one
 * kind tests classes, not each object against an interface.
 */
final class PlanContents {

	private final List<EObject> all = new ArrayList<>();
	private final Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();

	PlanContents(List<PlanFile> files) {
		for (PlanFile file : files) {
			file.eAllContents().forEachRemaining(obj -> {
				all.add(obj);
				byClass.computeIfAbsent(obj.eClass(), c -> new ArrayList<>()).add(obj);
			});
		}
	}

	List<EObject> all() {
		return Collections.unmodifiableList(all);
	}

	/** The objects of a type (of every class that implements it), in the order written. */
	@SuppressWarnings("unchecked")
	<T> List<T> of(Class<T> type) {
		return (List<T>) of(c -> c.getInstanceClass() != null && type.isAssignableFrom(c.getInstanceClass()));
	}

	/** The objects whose class {@code test} accepts, in the order written. */
	List<EObject> of(Predicate<EClass> test) {
		Set<EClass> classes = Collections.newSetFromMap(new IdentityHashMap<>());
		byClass.keySet().stream().filter(test).forEach(classes::add);
		if (classes.isEmpty()) {
			return List.of();
		}
		if (classes.size() == 1) {
			return Collections.unmodifiableList(byClass.get(classes.iterator().next()));
		}
		List<EObject> result = new ArrayList<>();
		for (EObject obj : all) {
			if (classes.contains(obj.eClass())) {
				result.add(obj);
			}
		}
		return Collections.unmodifiableList(result);
	}

	/** The objects that can refer to others (their class has a reference that is not a containment). */
	List<EObject> referring() {
		return of(c -> c.getEAllReferences().stream().anyMatch(r -> !r.isContainment() && !r.isContainer()));
	}
}

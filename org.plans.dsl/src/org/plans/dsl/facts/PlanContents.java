package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.PlanFile;

/**
 * Every object of a plan's files, at any depth, in the order written, kept by exact class so
 * that asking for one kind tests classes, not each object against an interface. The objects of
 * an action ({@link ActionContents}) are taken from the contents built before an edit when the
 * action cannot have changed; only the rest of the files (declarations, priorities, objectives)
 * is walked again.
 */
final class PlanContents {

	/** In the order written: objects outside actions, and the actions' parts where the actions are. */
	private final List<Object> units = new ArrayList<>();

	private final Map<Action, ActionContents> actions = new IdentityHashMap<>();

	private final Map<Object, List<EObject>> asked = new HashMap<>();

	/** What the contents before an edit found, and where their units differ from these (null: in number). */
	private final Map<Object, List<EObject>> askedBefore;

	private final List<Object[]> differences;

	PlanContents(List<PlanFile> files) {
		this(files, null, action -> false);
	}

	/** Takes from {@code earlier} the parts of the actions {@code kept} accepts. */
	PlanContents(List<PlanFile> files, PlanContents earlier, Predicate<Action> kept) {
		for (PlanFile file : files) {
			add(file, earlier, kept);
		}
		this.askedBefore = earlier == null ? null : earlier.asked;
		this.differences = earlier == null ? null : differences(earlier.units, units);
	}

	private static List<Object[]> differences(List<Object> before, List<Object> now) {
		if (before.size() != now.size()) {
			return null;
		}
		List<Object[]> result = new ArrayList<>();
		for (int i = 0; i < now.size(); i++) {
			if (before.get(i) != now.get(i)) {
				result.add(new Object[] { before.get(i), now.get(i) });
			}
		}
		return result;
	}

	private void add(EObject parent, PlanContents earlier, Predicate<Action> kept) {
		for (EObject child : parent.eContents()) {
			if (child instanceof Action action) {
				ActionContents part = earlier != null && kept.test(action) ? earlier.actions.get(action) : null;
				part = part == null ? new ActionContents(action) : part;
				actions.put(action, part);
				units.add(part);
			} else {
				units.add(child);
				add(child, earlier, kept);
			}
		}
	}

	/** The objects of a type (of every class that implements it), in the order written. */
	@SuppressWarnings("unchecked")
	<T> List<T> of(Class<T> type) {
		return (List<T>) of(type, c -> c.getInstanceClass() != null && type.isAssignableFrom(c.getInstanceClass()));
	}

	/** The objects whose class {@code test} accepts, in the order written; kept under {@code key}. */
	List<EObject> of(Object key, Predicate<EClass> test) {
		synchronized (asked) {
			List<EObject> result = asked.get(key);
			if (result == null) {
				result = sameAsBefore(key, test);
			}
			if (result == null) {
				result = Collections.unmodifiableList(collect(key, test));
			}
			asked.put(key, result);
			return result;
		}
	}

	/**
	 * What the contents before the edit found under {@code key}, if every unit that differs
	 * holds the same objects of the classes {@code test} accepts (an action whose lead line was
	 * replaced still holds the same addresses); null otherwise.
	 */
	private List<EObject> sameAsBefore(Object key, Predicate<EClass> test) {
		List<EObject> before;
		synchronized (askedBefore == null ? asked : askedBefore) {
			before = askedBefore == null ? null : askedBefore.get(key);
		}
		if (before == null || differences == null) {
			return null;
		}
		for (Object[] difference : differences) {
			if (!(difference[0] instanceof ActionContents old && difference[1] instanceof ActionContents now)) {
				if (accepts(difference[0], test) || accepts(difference[1], test)) {
					return null;
				}
			} else if (!sameObjects(old.of(key, test), now.of(key, test))) {
				return null;
			}
		}
		return before;
	}

	private static boolean accepts(Object unit, Predicate<EClass> test) {
		return unit instanceof ActionContents || test.test(((EObject) unit).eClass());
	}

	private static boolean sameObjects(List<EObject> a, List<EObject> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	private List<EObject> collect(Object key, Predicate<EClass> test) {
		Map<EClass, Boolean> accepted = new IdentityHashMap<>();
		List<EObject> result = new ArrayList<>();
		for (Object unit : units) {
			if (unit instanceof ActionContents part) {
				result.addAll(part.of(key, test));
			} else {
				EObject obj = (EObject) unit;
				if (accepted.computeIfAbsent(obj.eClass(), test::test)) {
					result.add(obj);
				}
			}
		}
		return result;
	}

	/** What the objects of the plan link to, with repeats: each action's as kept with its part. */
	List<EObject> targets() {
		List<EObject> result = new ArrayList<>();
		for (Object unit : units) {
			if (unit instanceof ActionContents part) {
				result.addAll(part.targets());
			} else {
				result.addAll(((EObject) unit).eCrossReferences());
			}
		}
		return result;
	}
}

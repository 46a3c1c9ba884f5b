package org.plans.dsl.facts;

import org.plans.dsl.plans.Action;

/**
 * What the edits of a file since its plan's facts were last built cannot have changed, so that
 * the facts built again may keep those parts ({@link PlanFactsCache#of(org.eclipse.emf.ecore.EObject, Unchanged)}).
 */
public interface Unchanged {

	/** Nothing is known to be unchanged: every fact is worked out again. */
	Unchanged NOTHING = new Unchanged() {

		@Override
		public boolean action(Action action) {
			return false;
		}

		@Override
		public boolean derived(Object key) {
			return false;
		}
	};

	/** Whether the action's own facts (its text, its blocks' lines, the calendar) cannot have changed. */
	boolean action(Action action);

	/** Whether the whole-plan value kept under {@code key} ({@link PlanFacts#derived}) cannot have changed. */
	boolean derived(Object key);
}

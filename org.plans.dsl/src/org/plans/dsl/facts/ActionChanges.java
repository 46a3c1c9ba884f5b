package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * The actions' facts that differ between the plan's facts before an edit and after: those
 * before that were not kept (their action was edited or removed), and those made new. An
 * index kept with the facts is updated from these instead of being built from every action.
 */
record ActionChanges(List<ActionFacts> removed, List<ActionFacts> added) {

	static ActionChanges between(PlanFacts earlier, PlanFacts now) {
		List<ActionFacts> removed = new ArrayList<>();
		for (ActionFacts before : earlier.actions()) {
			if (now.action(before.action()).orElse(null) != before) {
				removed.add(before);
			}
		}
		List<ActionFacts> added = new ArrayList<>();
		for (ActionFacts facts : now.actions()) {
			if (earlier.action(facts.action()).orElse(null) != facts) {
				added.add(facts);
			}
		}
		return new ActionChanges(List.copyOf(removed), List.copyOf(added));
	}
}

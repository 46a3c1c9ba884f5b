package org.plans.dsl.generator.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plans.dsl.facts.PlanFacts;

/**
 * The changes of one plan between two versions; a plan found in only one version is said to be
 * new or gone.
 */
public record PlanComparison(String planId, String title, Presence presence, List<PlanChange> changes) {

	public enum Presence {
		BOTH, NEW, GONE
	}

	/** Compares the plans of two versions by plan id, in the order of the new version, gone ones last. */
	public static List<PlanComparison> of(List<PlanFacts> old, List<PlanFacts> now) {
		Map<String, PlanFacts> before = new LinkedHashMap<>();
		old.forEach(p -> before.putIfAbsent(p.id(), p));
		List<PlanComparison> result = new ArrayList<>();
		for (PlanFacts plan : now) {
			PlanFacts was = before.remove(plan.id());
			result.add(was == null ? new PlanComparison(plan.id(), plan.title(), Presence.NEW, List.of())
					: new PlanComparison(plan.id(), plan.title(), Presence.BOTH, PlanDiff.between(was, plan)));
		}
		before.values().forEach(p -> result.add(new PlanComparison(p.id(), p.title(), Presence.GONE, List.of())));
		return List.copyOf(result);
	}

	public boolean isUnchanged() {
		return presence == Presence.BOTH && changes.isEmpty();
	}
}

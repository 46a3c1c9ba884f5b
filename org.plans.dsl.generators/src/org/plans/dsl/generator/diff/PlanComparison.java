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
		return of(old, now, List.of());
	}

	/**
	 * As {@link #of(List, List)}; {@code history} are the versions before {@code now}, oldest first,
	 * each a list of plans, in which a deadline that slipped more than once is looked for.
	 */
	public static List<PlanComparison> of(List<PlanFacts> old, List<PlanFacts> now, List<List<PlanFacts>> history) {
		Map<String, PlanFacts> before = new LinkedHashMap<>();
		old.forEach(p -> before.putIfAbsent(p.id(), p));
		List<PlanComparison> result = new ArrayList<>();
		for (PlanFacts plan : now) {
			PlanFacts was = before.remove(plan.id());
			result.add(was == null ? new PlanComparison(plan.id(), plan.title(), Presence.NEW, List.of())
					: new PlanComparison(plan.id(), plan.title(), Presence.BOTH,
							PlanDiff.between(was, plan, versionsOf(plan.id(), history))));
		}
		before.values().forEach(p -> result.add(new PlanComparison(p.id(), p.title(), Presence.GONE, List.of())));
		return List.copyOf(result);
	}

	/** The versions of the plan {@code id} in {@code history}, oldest first (versions without it left out). */
	public static List<PlanFacts> versionsOf(String id, List<List<PlanFacts>> history) {
		return history.stream().flatMap(v -> v.stream().filter(p -> p.id().equals(id)).limit(1)).toList();
	}

	public boolean isUnchanged() {
		return presence == Presence.BOTH && changes.isEmpty();
	}
}

package org.plans.dsl.facts;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Source;

/**
 * The recommendations and findings named by the plan's {@code addresses} lines, with the lines
 * they were read from. After an edit that left the same lines (the same objects), and every
 * source they named still resolved and in a file, the sources are the same: a kept line's link
 * is linked again only when its target was replaced or did not resolve.
 */
record Addressed(List<Addresses> lines, Set<Source> sources) implements UpdatableValue {

	static Addressed of(PlanFacts plan, List<Addresses> lines) {
		Set<Source> result = Collections.newSetFromMap(new IdentityHashMap<>());
		lines.forEach(a -> result.addAll(a.getSources()));
		return new Addressed(lines, Collections.unmodifiableSet(result));
	}

	Addressed update(PlanFacts plan, List<Addresses> now) {
		boolean same = now == lines && sources.stream().allMatch(s -> !s.eIsProxy() && s.eResource() != null);
		return same ? this : of(plan, now);
	}
}

package org.plans.dsl.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.PlanFacts;

/**
 * What a target generates from: the loaded plans, the date progress is judged against
 * (the caller's {@code --as-of}, else each plan's own "as of", else none: see {@link AsOfDate}),
 * and target options ({@code --option key=value}).
 */
public record GenerationContext(List<PlanFacts> plans, Optional<LocalDate> callerAsOf, Map<String, String> options) {

	/** The date to judge {@code plan} against, as validation does; none when neither the caller nor the plan gives one. */
	public AsOfDate asOf(PlanFacts plan) {
		return AsOfDate.of(callerAsOf, plan);
	}

	public String option(String key, String fallback) {
		return options.getOrDefault(key, fallback);
	}
}

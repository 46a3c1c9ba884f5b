package org.plans.dsl.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.plans.dsl.facts.AsOfDate;
import org.plans.dsl.facts.PlanFacts;

/**
 * What a target generates from: the loaded plans, the date progress is judged against
 * (the caller's {@code --as-of}, else each plan's own "as of", else none: see {@link AsOfDate}),
 * target options ({@code --option key=value}), where a target tells the user what it left
 * out and why ({@code notes}, one line each; the command line prints them), and an earlier
 * version of the plans to report changes since ({@code --since REV}, {@code --compare-with}).
 */
public record GenerationContext(List<PlanFacts> plans, Optional<LocalDate> callerAsOf, Map<String, String> options,
		Consumer<String> notes, Optional<Earlier> earlier) {

	/**
	 * An earlier version of the plans: {@code label} names it for a reader (a git revision, a file);
	 * {@code history} the versions before the current one, oldest first (the commits that changed the
	 * plans), in which a deadline that slipped more than once is found; empty: just {@code plans}.
	 */
	public record Earlier(String label, List<PlanFacts> plans, List<List<PlanFacts>> history) {

		public Earlier {
			history = List.copyOf(history);
		}

		/** An earlier version with no history beyond it. */
		public Earlier(String label, List<PlanFacts> plans) {
			this(label, plans, List.of());
		}
	}

	/** A context whose notes go nowhere (tests, benchmarks). */
	public GenerationContext(List<PlanFacts> plans, Optional<LocalDate> callerAsOf, Map<String, String> options) {
		this(plans, callerAsOf, options, note -> {
		});
	}

	/** A context with no earlier version. */
	public GenerationContext(List<PlanFacts> plans, Optional<LocalDate> callerAsOf, Map<String, String> options,
			Consumer<String> notes) {
		this(plans, callerAsOf, options, notes, Optional.empty());
	}

	/** The same context, comparing with {@code earlier}. */
	public GenerationContext since(Earlier version) {
		return new GenerationContext(plans, callerAsOf, options, notes, Optional.of(version));
	}

	/** The earlier version of {@code plan} (same plan id), when an earlier version was given and has it. */
	public Optional<PlanFacts> earlier(PlanFacts plan) {
		return earlier.flatMap(e -> e.plans().stream().filter(p -> p.id().equals(plan.id())).findFirst());
	}

	/** Tells the user what was left out and why, e.g. a plan with nothing to put in a calendar. */
	public void note(String line) {
		notes.accept(line);
	}

	/** The date to judge {@code plan} against, as validation does; none when neither the caller nor the plan gives one. */
	public AsOfDate asOf(PlanFacts plan) {
		return AsOfDate.of(callerAsOf, plan);
	}

	public String option(String key, String fallback) {
		return options.getOrDefault(key, fallback);
	}
}

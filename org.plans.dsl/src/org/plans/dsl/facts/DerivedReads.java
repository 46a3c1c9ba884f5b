package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The whole-plan values ({@link PlanFacts#derived}) that a piece of work read, recorded on its
 * thread, so that a result kept from before can be trusted only while those values are the same.
 */
public final class DerivedReads {

	/** One value read: its key, how it is computed, and what it was. */
	public record Read(Object key, Function<PlanFacts, ?> compute, Object value) {

		/**
		 * Whether {@code plan} gives the same value under this key; false when the computation
		 * holds state of its own (a lambda that captured the facts it was first asked of), which
		 * could not be trusted to compute it for other facts.
		 */
		public boolean sameIn(PlanFacts plan) {
			return compute.getClass().getDeclaredFields().length == 0 && Objects.equals(plan.derived(key, compute), value);
		}
	}

	private static final ThreadLocal<List<Read>> RECORDING = new ThreadLocal<>();

	private DerivedReads() {
	}

	/** Runs {@code work} and returns the values it read. */
	public static List<Read> during(Runnable work) {
		List<Read> outer = RECORDING.get();
		List<Read> reads = new ArrayList<>();
		RECORDING.set(reads);
		try {
			work.run();
		} finally {
			RECORDING.set(outer);
			if (outer != null) {
				outer.addAll(reads);
			}
		}
		return reads;
	}

	static <T> T read(Object key, Function<PlanFacts, T> compute, Supplier<T> value) {
		T result = value.get();
		List<Read> reads = RECORDING.get();
		if (reads != null) {
			reads.add(new Read(key, compute, result));
		}
		return result;
	}
}

package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The whole-plan values ({@link PlanFacts#derived}) that a piece of work read, recorded on its
 * thread, so that a result kept from before can be trusted only while those values are the same.
 */
public final class DerivedReads {

	/**
	 * One value read: its key, how it is computed, what it was, and whether the computation can
	 * be repeated for other facts (it holds no state of its own, such as the facts a lambda
	 * captured when it was first asked).
	 */
	public record Read(Object key, Function<PlanFacts, ?> compute, Object value, boolean repeatable) {

		/** Whether {@code plan} gives the same value under this key; false if that cannot be known. */
		public boolean sameIn(PlanFacts plan) {
			return repeatable && Objects.equals(plan.derived(key, compute), value);
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

	static void record(Object key, Function<PlanFacts, ?> compute, Object value) {
		List<Read> reads = RECORDING.get();
		if (reads != null) {
			reads.add(new Read(key, compute, value, compute.getClass().getDeclaredFields().length == 0));
		}
	}
}

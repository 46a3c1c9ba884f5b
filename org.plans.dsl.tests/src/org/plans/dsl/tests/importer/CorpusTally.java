package org.plans.dsl.tests.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What {@link ImportCorpusTest} counted over the corpus, and what it missed, for its thresholds. */
final class CorpusTally {

	enum Count {
		EXPECTED, FOUND, PERSONS, DEADLINES, SECTIONS, IMPORTED, SPURIOUS, MEASURES, MEASURES_FOUND, FINDINGS,
		FINDINGS_FOUND, SPONSORS, SPONSORS_RIGHT, STATES, STATES_RIGHT
	}

	private final Map<Count, Integer> counts = new EnumMap<>(Count.class);
	private final List<String> misses = new ArrayList<>();

	void add(Count count, int n) {
		counts.merge(count, n, Integer::sum);
	}

	int get(Count count) {
		return counts.getOrDefault(count, 0);
	}

	void miss(String what) {
		misses.add(what);
	}

	/** Counts {@code right} when the import gave what a reader expects, else notes the miss. */
	void check(Count right, String what, String expected, String actual) {
		if (expected.equals(actual)) {
			add(right, 1);
		} else {
			misses.add(what + ": expected <" + expected + "> but was <" + actual + ">");
		}
	}

	/** True if {@code part} is at least {@code share} of {@code whole}. */
	boolean atLeast(Count part, double share, Count whole) {
		return get(part) >= share * get(whole);
	}

	String report() {
		return get(Count.FOUND) + "/" + get(Count.EXPECTED) + " found, " + get(Count.PERSONS) + " leads, "
				+ get(Count.DEADLINES) + " deadlines, " + get(Count.SECTIONS) + " sections right; " + get(Count.SPURIOUS)
				+ "/" + get(Count.IMPORTED) + " spurious; " + get(Count.MEASURES_FOUND) + "/" + get(Count.MEASURES)
				+ " measures, " + get(Count.FINDINGS_FOUND) + "/" + get(Count.FINDINGS) + " findings, "
				+ get(Count.SPONSORS_RIGHT) + "/" + get(Count.SPONSORS) + " sponsors, " + get(Count.STATES_RIGHT) + "/"
				+ get(Count.STATES) + " RAG and status\n" + String.join("\n", misses);
	}
}

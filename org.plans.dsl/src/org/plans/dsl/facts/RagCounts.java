package org.plans.dsl.facts;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.plans.dsl.plans.Rag;

/** How many actions have each latest RAG, and how many have none yet. */
public record RagCounts(Map<Rag, Integer> byRag, int unrated) {

	public static RagCounts of(Collection<ActionFacts> actions) {
		Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			counts.put(rag, 0);
		}
		int unrated = 0;
		for (ActionFacts action : actions) {
			if (action.latestRag().isPresent()) {
				counts.merge(action.latestRag().get(), 1, Integer::sum);
			} else {
				unrated++;
			}
		}
		return new RagCounts(Collections.unmodifiableMap(counts), unrated);
	}

	public int count(Rag rag) {
		return byRag.get(rag);
	}

	public int total() {
		return byRag.values().stream().mapToInt(Integer::intValue).sum() + unrated;
	}
}

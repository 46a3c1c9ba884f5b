package org.plans.dsl.generator.tracker;

import java.util.List;
import java.util.Optional;

import org.plans.dsl.facts.PlanFacts;

/** A plan as a tracker sees it: items (parents before children), milestones and labels. */
public record TrackerPlan(PlanFacts facts, List<TrackerItem> items, List<TrackerMilestone> milestones,
		List<TrackerLabel> labels) {

	/** The item with this key; empty for none (and for a null key, the parent of a priority). */
	public Optional<TrackerItem> item(String key) {
		return items.stream().filter(i -> i.key().equals(key)).findFirst();
	}

	public List<TrackerItem> children(String parentKey) {
		return items.stream().filter(i -> parentKey.equals(i.parentKey())).toList();
	}
}

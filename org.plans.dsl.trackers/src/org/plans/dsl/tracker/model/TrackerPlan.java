package org.plans.dsl.tracker.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.facts.PlanFacts;

/**
 * A plan as a tracker sees it: items (parents before children), milestones and labels.
 * Items are indexed by key and by parent: targets look up each item's parent, and a scan
 * per item made a 10,000-action plan take seconds.
 */
public final class TrackerPlan {

	private final PlanFacts facts;
	private final List<TrackerItem> items;
	private final List<TrackerMilestone> milestones;
	private final List<TrackerLabel> labels;
	private final Map<String, TrackerItem> byKey = new HashMap<>();
	private final Map<String, List<TrackerItem>> byParent = new HashMap<>();
	private final Map<String, String> formerKeys;

	/** {@code formerKeys}: an item's key by the key older versions gave it by position, for items without a ref. */
	public TrackerPlan(PlanFacts facts, List<TrackerItem> items, List<TrackerMilestone> milestones,
			List<TrackerLabel> labels, Map<String, String> formerKeys) {
		this.formerKeys = Map.copyOf(formerKeys);
		this.facts = facts;
		this.items = List.copyOf(items);
		this.milestones = List.copyOf(milestones);
		this.labels = List.copyOf(labels);
		for (TrackerItem item : this.items) {
			byKey.putIfAbsent(item.key(), item);
			if (item.parentKey() != null) {
				byParent.computeIfAbsent(item.parentKey(), k -> new ArrayList<>()).add(item);
			}
		}
	}

	public PlanFacts facts() {
		return facts;
	}

	public List<TrackerItem> items() {
		return items;
	}

	public List<TrackerMilestone> milestones() {
		return milestones;
	}

	public List<TrackerLabel> labels() {
		return labels;
	}

	/** The item with this key; empty for none (and for a null key, the parent of a priority). */
	public Optional<TrackerItem> item(String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
	}

	/** The key older versions gave this item by its position (items without a ref), if it had another. */
	public Optional<String> formerKey(String key) {
		return Optional.ofNullable(formerKeys.get(key)).filter(former -> !former.equals(key));
	}

	public List<TrackerItem> children(String parentKey) {
		return List.copyOf(byParent.getOrDefault(parentKey, List.of()));
	}
}

package org.plans.dsl.tracker.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;

/**
 * Labels: {@code type:<kind>}, {@code priority:<name>}, {@code rag:<rag>}, {@code status:<status>}
 * and the action's tags, each with a colour and a description for the trackers that want them.
 */
public final class TrackerLabels {

	private static final Map<Rag, String> RAG_COLORS = Map.of(Rag.RED, "d73a4a", Rag.AMBER, "fbca04", Rag.GREEN,
			"0e8a16", Rag.BLUE, "1d76db");

	private TrackerLabels() {
	}

	/** A priority's (or workstream's) labels. */
	public static List<String> ofPriority(Priority priority) {
		return List.of("type:" + priority.getKind().getLiteral());
	}

	/** An objective's labels. */
	public static List<String> ofObjective(Priority priority) {
		return List.of("type:objective", "priority:" + priority.getName());
	}

	/** An action's labels: type, priority, latest RAG, status, then its tags; no duplicates. */
	public static List<String> ofAction(ActionFacts action) {
		List<String> labels = new ArrayList<>();
		labels.add("type:action");
		if (action.priority() != null) {
			labels.add("priority:" + action.priority().getName());
		}
		action.latestRag().ifPresent(rag -> labels.add("rag:" + rag.getLiteral()));
		action.status().ifPresent(status -> labels.add("status:" + status.getLiteral()));
		action.tags().stream().map(TrackerText::oneLine).forEach(labels::add);
		return List.copyOf(new LinkedHashSet<>(labels));
	}

	/** Every label the plan's trackers need: the fixed ones, then any tag the items carry. */
	public static List<TrackerLabel> all(PlanFacts plan, List<TrackerItem> items) {
		Map<String, TrackerLabel> labels = new LinkedHashMap<>();
		for (Priority priority : plan.priorities()) {
			String kind = priority.getKind().getLiteral();
			labels.putIfAbsent("type:" + kind, new TrackerLabel("type:" + kind, "5319e7", "A " + kind + " of the plan"));
		}
		labels.put("type:objective", new TrackerLabel("type:objective", "8a63d2", "An objective of the plan"));
		labels.put("type:action", new TrackerLabel("type:action", "b4a7d6", "An action of the plan"));
		for (Priority priority : plan.priorities()) {
			String name = "priority:" + priority.getName();
			labels.putIfAbsent(name, new TrackerLabel(name, "c5def5", TrackerText.oneLine(priority.getTitle())));
		}
		for (Rag rag : Rag.VALUES) {
			String name = "rag:" + rag.getLiteral();
			labels.put(name, new TrackerLabel(name, RAG_COLORS.get(rag), "Latest RAG rating: " + rag.getLiteral()));
		}
		for (Status status : Status.VALUES) {
			String name = "status:" + status.getLiteral();
			labels.put(name, new TrackerLabel(name, "bfd4f2", "Status: " + status.getLiteral()));
		}
		for (TrackerItem item : items) {
			for (String label : item.labels()) {
				labels.putIfAbsent(label, new TrackerLabel(label, "ededed", "Tag"));
			}
		}
		return List.copyOf(labels.values());
	}
}

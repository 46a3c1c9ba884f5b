package org.plans.dsl.generator.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;

/**
 * Several versions of one plan, oldest first (the board papers of a year, the commits that
 * changed it): which action of one version is which of the next ({@link ActionPairs}), so that
 * an action's deadlines can be followed back and a deadline that slipped more than once found.
 */
public final class PlanHistory {

	private final List<PlanFacts> versions;
	/** For each step i (version i to i + 1): the action of version i that each action of version i + 1 was. */
	private final List<Map<ActionFacts, ActionFacts>> earlier = new ArrayList<>();

	/** {@code versions} of the same plan, oldest first; the newest is the one whose actions are followed back. */
	public PlanHistory(List<PlanFacts> versions) {
		this.versions = List.copyOf(versions);
		for (int i = 0; i + 1 < this.versions.size(); i++) {
			Map<ActionFacts, ActionFacts> back = new HashMap<>();
			new ActionPairs(this.versions.get(i), this.versions.get(i + 1)).pairs.forEach((before, after) -> back.put(after, before));
			earlier.add(back);
		}
	}

	/** The newest version. */
	public PlanFacts newest() {
		return versions.get(versions.size() - 1);
	}

	/**
	 * The deadlines {@code action} (of the newest version) had, oldest first, one per change (a
	 * version that kept the deadline adds nothing); back to the version where the action first appears.
	 */
	public List<ActionFacts> deadlineChanges(ActionFacts action) {
		List<ActionFacts> chain = new ArrayList<>(List.of(action));
		ActionFacts current = action;
		for (int step = earlier.size() - 1; step >= 0 && current != null; step--) {
			current = earlier.get(step).get(current);
			if (current != null && !sameDeadline(current, chain.get(0))) {
				chain.add(0, current);
			}
		}
		return chain;
	}

	/**
	 * Every deadline {@code action} had, oldest first, when it slipped (moved later) in more than one
	 * step of the history; empty when it slipped once or never.
	 */
	public List<String> repeatedSlippage(ActionFacts action) {
		List<ActionFacts> chain = deadlineChanges(action);
		int slips = 0;
		for (int i = 0; i + 1 < chain.size(); i++) {
			Optional<LocalDate> before = chain.get(i).deadline();
			Optional<LocalDate> after = chain.get(i + 1).deadline();
			if (before.isPresent() && after.isPresent() && after.get().isAfter(before.get())) {
				slips++;
			}
		}
		return slips < 2 ? List.of() : chain.stream().map(a -> a.due().describe()).toList();
	}

	private static boolean sameDeadline(ActionFacts a, ActionFacts b) {
		return a.deadline().equals(b.deadline()) && a.due().describe().equals(b.due().describe());
	}
}

package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Element;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.PriorityMember;

/**
 * The plan's priorities, objectives and actions, in the order written: the one walk of the
 * priority, objective, action tree that every fact and output reads.
 */
final class PlanOutline {

	final List<PriorityFacts> priorities = new ArrayList<>();
	final List<ObjectiveFacts> objectives = new ArrayList<>();
	final List<ActionFacts> actions = new ArrayList<>();

	private final PlanCalendar calendar;

	private final Function<Action, ActionFacts> earlier;

	/** {@code earlier} gives an action's facts from before, where they cannot have changed; else null. */
	PlanOutline(List<PlanFile> files, PlanCalendar calendar, Function<Action, ActionFacts> earlier) {
		this.calendar = calendar;
		this.earlier = earlier;
		for (PlanFile file : files) {
			for (Element element : file.getElements()) {
				if (element instanceof Priority priority) {
					priorities.add(priority(priority));
				}
			}
		}
	}

	private PriorityFacts priority(Priority priority) {
		List<ObjectiveFacts> own = new ArrayList<>();
		List<ActionFacts> all = new ArrayList<>();
		List<ActionFacts> direct = new ArrayList<>();
		for (PriorityMember member : priority.getMembers()) {
			if (member instanceof Objective objective) {
				List<ActionFacts> inObjective = new ArrayList<>();
				for (Action action : Members.of(objective, Action.class)) {
					inObjective.add(facts(action, priority, objective));
				}
				ObjectiveFacts facts = new ObjectiveFacts(objective, priority, own.size() + 1, inObjective);
				own.add(facts);
				objectives.add(facts);
				all.addAll(inObjective);
			} else if (member instanceof Action action) {
				ActionFacts facts = facts(action, priority, null);
				direct.add(facts);
				all.add(facts);
			}
		}
		actions.addAll(all);
		return new PriorityFacts(priority, own, all, direct);
	}

	private ActionFacts facts(Action action, Priority priority, Objective objective) {
		ActionFacts kept = earlier.apply(action);
		if (kept != null && kept.leads().stream().allMatch(lead -> lead.eResource() != null && !lead.eIsProxy())) {
			return kept;
		}
		return ActionFacts.of(action, priority, objective, calendar);
	}
}

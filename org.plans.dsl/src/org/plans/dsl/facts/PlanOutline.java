package org.plans.dsl.facts;

import java.util.ArrayList;
import java.util.List;

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

	PlanOutline(List<PlanFile> files, PlanCalendar calendar) {
		this.calendar = calendar;
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
					inObjective.add(ActionFacts.of(action, priority, objective, calendar));
				}
				ObjectiveFacts facts = new ObjectiveFacts(objective, priority, own.size() + 1, inObjective);
				own.add(facts);
				objectives.add(facts);
				all.addAll(inObjective);
			} else if (member instanceof Action action) {
				ActionFacts facts = ActionFacts.of(action, priority, null, calendar);
				direct.add(facts);
				all.add(facts);
			}
		}
		actions.addAll(all);
		return new PriorityFacts(priority, own, all, direct);
	}
}

package org.plans.dsl.tracker.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Handles;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.tracker.model.TrackerItem.Level;

/**
 * The one mapping from a plan to issue trackers, used by every tracker target and by the
 * Redmine sync: priority → epic, objective → feature, action → task; leads → assignees
 * through the handles declared on people; deadlines → due dates and milestones; RAG and
 * status → labels and open/closed state. Keys are {@link TrackerKeys}', labels
 * {@link TrackerLabels}', descriptions {@link TrackerDescriptions}'.
 */
public final class TrackerMapping {

	/** How actions are grouped into milestones: by the month of their deadline, or by priority. */
	public enum Milestones {
		DEADLINE, PRIORITY;

		/** From the target option {@code milestones=deadline|priority}; null means deadline. */
		public static Milestones of(String option) {
			String value = option == null ? "deadline" : option.trim().toLowerCase(Locale.ROOT);
			if (value.equals("deadline") || value.equals("priority")) {
				return valueOf(value.toUpperCase(Locale.ROOT));
			}
			throw new IllegalArgumentException("Option milestones must be deadline or priority, not '" + option + "'");
		}
	}

	private final PlanFacts plan;
	private final Milestones milestones;
	private final Map<String, TrackerMilestone> milestoneByName = new LinkedHashMap<>();
	private final List<TrackerItem> items = new ArrayList<>();
	private final Set<String> keys = new HashSet<>();
	private final Map<String, String> formerKeys = new LinkedHashMap<>();

	private TrackerMapping(PlanFacts plan, Milestones milestones) {
		this.plan = plan;
		this.milestones = milestones;
	}

	public static TrackerPlan map(PlanFacts plan, Milestones milestones) {
		return new TrackerMapping(plan, milestones).build();
	}

	// ------------------------------------------------------------------ items

	private TrackerPlan build() {
		for (Priority priority : plan.priorities()) {
			List<ActionFacts> actions = plan.actionsOf(priority);
			String key = unique(TrackerKeys.priority(plan, priority));
			String what = Words.capitalised(priority.getKind().getLiteral()) + " " + priority.getName();
			List<Party> leads = leadsOf(priority);
			Optional<LocalDate> due = latestDeadline(actions);
			Optional<String> milestone = milestones == Milestones.PRIORITY ? Optional.of(priorityMilestone(priority, due))
					: Optional.empty();
			items.add(new TrackerItem(Level.PRIORITY, key, null, priority.getName(),
					TrackerText.oneLine(Words.priority(priority)),
					TrackerDescriptions.block(plan, what, leads, priority), leads, Optional.empty(), due, milestone,
					TrackerLabels.ofPriority(priority), allClosed(actions), Optional.empty(), Optional.empty()));
			int objectivePosition = 0;
			for (Objective objective : Members.of(priority, Objective.class)) {
				objectivePosition++;
				String objectiveKey = unique(TrackerKeys.objective(plan, priority, objective));
				if (objective.getName() == null) {
					formerKeys.put(objectiveKey, TrackerKeys.byPosition(plan, priority, objectivePosition));
				}
				List<ActionFacts> objectiveActions = plan.actionsOf(objective);
				List<Party> objectiveLeads = leadsOf(objective);
				String ref = objective.getName() == null ? "" : objective.getName();
				items.add(new TrackerItem(Level.OBJECTIVE, objectiveKey, key, ref,
						(ref.isEmpty() ? "" : ref + " ") + TrackerText.oneLine(objective.getTitle()),
						TrackerDescriptions.block(plan, "Objective" + (ref.isEmpty() ? "" : " " + ref), objectiveLeads,
								objective),
						objectiveLeads, Optional.empty(), latestDeadline(objectiveActions), milestone,
						TrackerLabels.ofObjective(priority), allClosed(objectiveActions), Optional.empty(),
						Optional.empty()));
				for (ActionFacts action : objectiveActions) {
					items.add(actionItem(action, objectiveKey, actions.indexOf(action) + 1));
				}
			}
			for (ActionFacts action : actions) {
				if (action.objective() == null) {
					items.add(actionItem(action, key, actions.indexOf(action) + 1));
				}
			}
		}
		return new TrackerPlan(plan, List.copyOf(items), List.copyOf(milestoneByName.values()),
				TrackerLabels.all(plan, items), formerKeys);
	}

	/** {@code key}, or {@code key-2}, {@code key-3}... when an earlier item of the plan has it (two untitled twins). */
	private String unique(String key) {
		String unique = key;
		for (int n = 2; !keys.add(unique); n++) {
			unique = key + "-" + n;
		}
		return unique;
	}

	private TrackerItem actionItem(ActionFacts action, String parentKey, int position) {
		Priority priority = action.priority();
		Optional<String> milestone = Optional.empty();
		if (milestones == Milestones.PRIORITY && priority != null) {
			milestone = Optional.of(priorityMilestone(priority, latestDeadline(plan.actionsOf(priority))));
		} else if (milestones == Milestones.DEADLINE && action.deadline().isPresent()) {
			milestone = Optional.of(monthMilestone(YearMonth.from(action.deadline().get())));
		}
		String key = unique(TrackerKeys.action(plan, action));
		if (action.ref().isEmpty()) {
			formerKeys.put(key, TrackerKeys.byPosition(plan, action, position));
		}
		return new TrackerItem(Level.ACTION, key, parentKey, action.ref(),
				(action.ref().isEmpty() ? "" : action.ref() + " ") + TrackerText.oneLine(action.title()),
				TrackerDescriptions.action(plan, action), action.leads(), action.start().firstDay(), action.deadline(),
				milestone, TrackerLabels.ofAction(action), action.isClosed(), action.status(), action.latestRag());
	}

	// ------------------------------------------------------------------ milestones

	private String monthMilestone(YearMonth month) {
		String name = month.toString();
		milestoneByName.computeIfAbsent(name, n -> new TrackerMilestone(n, Optional.of(month.atEndOfMonth()),
				"Actions of " + plan.title() + " due in "
						+ month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear() + "."));
		return name;
	}

	private String priorityMilestone(Priority priority, Optional<LocalDate> due) {
		String name = TrackerText.oneLine(Words.priority(priority));
		milestoneByName.computeIfAbsent(name,
				n -> new TrackerMilestone(n, due, "Actions of " + plan.title() + " under " + n + "."));
		return name;
	}

	private static Optional<LocalDate> latestDeadline(List<ActionFacts> actions) {
		return actions.stream().map(ActionFacts::deadline).flatMap(Optional::stream).max(LocalDate::compareTo);
	}

	private static boolean allClosed(List<ActionFacts> actions) {
		return !actions.isEmpty() && actions.stream().allMatch(ActionFacts::isClosed);
	}

	private static List<Party> leadsOf(EObject block) {
		List<Party> leads = new ArrayList<>();
		Members.of(block, LeadItem.class).forEach(item -> leads.addAll(item.getLeads()));
		return List.copyOf(leads);
	}

	// ------------------------------------------------------------------ assignees

	/**
	 * The handles of the item's leads for one tracker: a person's own handle, the handles of
	 * the people holding a role, or a team's or partner's own handle. Leads without one are
	 * left out, and so are handles the platform would not accept ({@link Handles}, PLAN-109): a
	 * handle never carries a line break, a space or a quick action into a tracker file. Order as
	 * written, without duplicates.
	 */
	public static List<String> handles(PlanFacts plan, TrackerItem item, ContactKind kind) {
		Set<String> handles = new LinkedHashSet<>();
		for (Party lead : item.leads()) {
			for (Party person : plan.peopleBehind(lead)) {
				Plans.contact(person, kind).filter(h -> Handles.isValid(kind, h)).ifPresent(handles::add);
			}
		}
		return List.copyOf(handles);
	}
}

package org.plans.dsl.tracker.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.tracker.model.TrackerItem.Level;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextItem;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.plans.Unit;

/**
 * The one mapping from a plan to issue trackers, used by every tracker target and by the
 * Redmine sync: priority → epic, objective → feature, action → task; leads → assignees
 * through the handles declared on people; deadlines → due dates and milestones; targets and
 * indicators → description; RAG and status → labels and open/closed state. Every item gets
 * a stable key: {@code <plan>/<action ref>}, or the item's position when it has no reference.
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

	private static final Pattern MARKER = Pattern.compile("<!-- plans:key=(\\S+) -->");
	private static final Map<String, String> RAG_COLORS = Map.of("red", "d73a4a", "amber", "fbca04", "green",
			"0e8a16", "blue", "1d76db");

	private final PlanFacts plan;
	private final Milestones milestones;
	private final Map<String, TrackerMilestone> milestoneByName = new LinkedHashMap<>();
	private final List<TrackerItem> items = new ArrayList<>();

	private TrackerMapping(PlanFacts plan, Milestones milestones) {
		this.plan = plan;
		this.milestones = milestones;
	}

	public static TrackerPlan map(PlanFacts plan, Milestones milestones) {
		return new TrackerMapping(plan, milestones).build();
	}

	// ------------------------------------------------------------------ keys

	/** The hidden marker that carries an item's key in a description. */
	public static String marker(String key) {
		return "<!-- plans:key=" + key + " -->";
	}

	/** The key in a description's last marker, if it has one. */
	public static Optional<String> keyIn(String description) {
		if (description == null) {
			return Optional.empty();
		}
		Matcher m = MARKER.matcher(description);
		String key = null;
		while (m.find()) {
			key = m.group(1);
		}
		return Optional.ofNullable(key);
	}

	private String priorityKey(Priority priority) {
		return plan.id() + "/priority-" + priority.getName();
	}

	private String objectiveKey(Priority priority, Objective objective, int position) {
		return objective.getName() != null ? plan.id() + "/objective-" + objective.getName()
				: priorityKey(priority) + "/objective-" + position;
	}

	private String actionKey(ActionFacts action, int position) {
		if (!action.ref().isEmpty()) {
			return plan.id() + "/" + action.ref();
		}
		return action.priority() == null ? plan.id() + "/action-" + position
				: priorityKey(action.priority()) + "/action-" + position;
	}

	// ------------------------------------------------------------------ items

	private TrackerPlan build() {
		for (Priority priority : plan.priorities()) {
			List<ActionFacts> actions = plan.actionsOf(priority);
			String key = priorityKey(priority);
			String kind = priority.getKind().getLiteral();
			List<Party> leads = leadsOf(priority);
			Optional<LocalDate> due = latestDeadline(actions);
			items.add(new TrackerItem(Level.PRIORITY, key, null, priority.getName(),
					capitalise(kind) + " " + priority.getName() + ": " + oneLine(priority.getTitle()),
					blockDescription(capitalise(kind) + " " + priority.getName(), leads, priority),
					leads, Optional.empty(), due, milestones == Milestones.PRIORITY ? Optional.of(priorityMilestone(priority, due)) : Optional.empty(),
					List.of("type:" + kind), allClosed(actions), Optional.empty(), Optional.empty()));
			int objectivePosition = 0;
			for (Objective objective : Members.of(priority, Objective.class)) {
				objectivePosition++;
				String objectiveKey = objectiveKey(priority, objective, objectivePosition);
				List<ActionFacts> objectiveActions = actions.stream().filter(a -> a.objective() == objective).toList();
				List<Party> objectiveLeads = leadsOf(objective);
				String ref = objective.getName() == null ? "" : objective.getName();
				items.add(new TrackerItem(Level.OBJECTIVE, objectiveKey, key, ref,
						(ref.isEmpty() ? "" : ref + " ") + oneLine(objective.getTitle()),
						blockDescription("Objective" + (ref.isEmpty() ? "" : " " + ref), objectiveLeads, objective),
						objectiveLeads, Optional.empty(), latestDeadline(objectiveActions),
						milestones == Milestones.PRIORITY ? Optional.of(priorityMilestone(priority, due)) : Optional.empty(),
						List.of("type:objective", "priority:" + priority.getName()), allClosed(objectiveActions),
						Optional.empty(), Optional.empty()));
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
		return new TrackerPlan(plan, List.copyOf(items), List.copyOf(milestoneByName.values()), labels());
	}

	private TrackerItem actionItem(ActionFacts action, String parentKey, int position) {
		Priority priority = action.priority();
		Optional<String> milestone = Optional.empty();
		if (milestones == Milestones.PRIORITY && priority != null) {
			milestone = Optional.of(priorityMilestone(priority, latestDeadline(plan.actionsOf(priority))));
		} else if (milestones == Milestones.DEADLINE && action.deadline().isPresent()) {
			milestone = Optional.of(monthMilestone(YearMonth.from(action.deadline().get())));
		}
		List<String> labels = new ArrayList<>();
		labels.add("type:action");
		if (priority != null) {
			labels.add("priority:" + priority.getName());
		}
		action.latestRag().ifPresent(rag -> labels.add("rag:" + rag.getLiteral()));
		action.status().ifPresent(status -> labels.add("status:" + status.getLiteral()));
		action.tags().stream().map(TrackerMapping::oneLine).forEach(labels::add);
		return new TrackerItem(Level.ACTION, actionKey(action, position), parentKey, action.ref(),
				(action.ref().isEmpty() ? "" : action.ref() + " ") + oneLine(action.title()), actionDescription(action),
				action.leads(), action.start().firstDay(), action.deadline(), milestone,
				List.copyOf(new LinkedHashSet<>(labels)), action.isClosed(), action.status(), action.latestRag());
	}

	private String monthMilestone(YearMonth month) {
		String name = month.toString();
		milestoneByName.computeIfAbsent(name, n -> new TrackerMilestone(n, Optional.of(month.atEndOfMonth()),
				"Actions of " + plan.title() + " due in "
						+ month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear() + "."));
		return name;
	}

	private String priorityMilestone(Priority priority, Optional<LocalDate> due) {
		String name = capitalise(priority.getKind().getLiteral()) + " " + priority.getName() + ": "
				+ oneLine(priority.getTitle());
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

	private static List<Party> leadsOf(org.eclipse.emf.ecore.EObject block) {
		List<Party> leads = new ArrayList<>();
		Members.of(block, LeadItem.class).forEach(item -> leads.addAll(item.getLeads()));
		return List.copyOf(leads);
	}

	// ------------------------------------------------------------------ labels

	private List<TrackerLabel> labels() {
		Map<String, TrackerLabel> labels = new LinkedHashMap<>();
		for (Priority priority : plan.priorities()) {
			String kind = priority.getKind().getLiteral();
			labels.putIfAbsent("type:" + kind, new TrackerLabel("type:" + kind, "5319e7", "A " + kind + " of the plan"));
		}
		labels.put("type:objective", new TrackerLabel("type:objective", "8a63d2", "An objective of the plan"));
		labels.put("type:action", new TrackerLabel("type:action", "b4a7d6", "An action of the plan"));
		for (Priority priority : plan.priorities()) {
			String name = "priority:" + priority.getName();
			labels.putIfAbsent(name, new TrackerLabel(name, "c5def5", oneLine(priority.getTitle())));
		}
		for (Rag rag : Rag.VALUES) {
			String name = "rag:" + rag.getLiteral();
			labels.put(name, new TrackerLabel(name, RAG_COLORS.get(rag.getLiteral()), "Latest RAG rating: " + rag.getLiteral()));
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

	// ------------------------------------------------------------------ assignees

	/**
	 * The handles of the item's leads for one tracker: a person's own handle, the handles of
	 * the people holding a role, or a team's or partner's own handle. Leads without one are
	 * left out; order as written, without duplicates.
	 */
	public static List<String> handles(PlanFacts plan, TrackerItem item, ContactKind kind) {
		Set<String> handles = new LinkedHashSet<>();
		for (Party lead : item.leads()) {
			for (Party person : plan.peopleBehind(lead)) {
				Plans.contact(person, kind).ifPresent(handles::add);
			}
		}
		return List.copyOf(handles);
	}

	/** The names of the item's leads as the plan gives them ("Ana Patel, HR"). */
	public static String leadNames(List<Party> leads) {
		return String.join(", ", leads.stream().map(p -> oneLine(p.getTitle())).toList());
	}

	// ------------------------------------------------------------------ descriptions

	private String blockDescription(String what, List<Party> leads, org.eclipse.emf.ecore.EObject block) {
		StringBuilder sb = new StringBuilder();
		sb.append("**").append(what).append("** of ").append(safeText(plan.title())).append(" (").append(plan.id())
				.append(")\n");
		if (!leads.isEmpty()) {
			sb.append("\n**Lead:** ").append(safeText(leadNames(leads))).append('\n');
		}
		appendTexts(sb, Members.of(block, TextItem.class));
		return sb.toString();
	}

	private String actionDescription(ActionFacts action) {
		StringBuilder sb = new StringBuilder();
		sb.append("**Action").append(action.ref().isEmpty() ? "" : " " + action.ref()).append("** of ")
				.append(safeText(plan.title())).append(" (").append(plan.id()).append(")\n\n");
		if (!action.leads().isEmpty()) {
			sb.append("**Lead:** ").append(safeText(leadNames(action.leads()))).append("  \n");
		}
		if (action.start().isGiven()) {
			sb.append("**Start:** ").append(safeText(action.start().describe())).append("  \n");
		}
		if (action.due().isGiven()) {
			sb.append("**Due:** ").append(safeText(action.due().describe())).append("  \n");
		}
		action.status().ifPresent(s -> sb.append("**Status:** ").append(s.getLiteral()).append("  \n"));
		action.latestRag().ifPresent(r -> sb.append("**RAG:** ").append(r.getLiteral()).append("  \n"));
		appendTexts(sb, Members.of(action.action(), TextItem.class));
		List<Target> targets = action.targets();
		if (!targets.isEmpty()) {
			sb.append("\n### Targets\n\n");
			targets.forEach(t -> sb.append("- ").append(safeText(describe(t))).append('\n'));
		}
		if (!action.progress().isEmpty()) {
			sb.append("\n### Progress\n\n");
			for (Progress p : action.progress()) {
				sb.append("- ").append(safeText(describe(p))).append('\n');
			}
		}
		List<Action> dependsOn = action.dependsOn();
		if (!dependsOn.isEmpty()) {
			sb.append("\n**Depends on:** ")
					.append(String.join(", ", dependsOn.stream().map(a -> a.getName() == null ? oneLine(a.getTitle()) : a.getName()).toList()))
					.append('\n');
		}
		return sb.toString();
	}

	private static void appendTexts(StringBuilder sb, List<TextItem> texts) {
		for (TextKind kind : TextKind.VALUES) {
			List<String> of = texts.stream().filter(t -> t.getKind() == kind).map(TextItem::getText).toList();
			if (!of.isEmpty()) {
				sb.append("\n### ").append(heading(kind)).append("\n\n");
				sb.append(String.join("\n\n", of.stream().map(TrackerMapping::safeText).toList())).append('\n');
			}
		}
	}

	private static String heading(TextKind kind) {
		switch (kind) {
		case INDICATOR:
			return "Indicators";
		case SUCCESS:
			return "Success looks like";
		default:
			return capitalise(kind.getLiteral());
		}
	}

	/** "Agency social workers <= 15% by 2025-03", with the target's own milestones. */
	static String describe(Target target) {
		StringBuilder sb = new StringBuilder();
		Measure measure = target.getMeasure();
		if (measure != null) {
			sb.append(oneLine(measure.getTitle()));
			if (target.getComparator() != null && target.getValue() != null) {
				sb.append(' ').append(target.getComparator().getLiteral()).append(' ')
						.append(quantity(target.getValue(), measure));
			}
			if (target.getDate() != null) {
				sb.append(" by ").append(target.getDate());
			}
		}
		if (target.getText() != null) {
			sb.append(sb.length() == 0 ? "" : ": ").append(target.getText());
		}
		for (MeasurePoint point : target.getPoints()) {
			if (point instanceof Milestone m) {
				sb.append("; milestone ").append(quantity(m.getValue(), measure)).append(" by ").append(m.getDate());
			}
		}
		return sb.toString();
	}

	private static String describe(Progress progress) {
		StringBuilder sb = new StringBuilder(progress.getDate() == null ? "undated" : progress.getDate());
		if (progress.eIsSet(progress.eClass().getEStructuralFeature("rag"))) {
			sb.append(' ').append(progress.getRag().getLiteral());
		}
		if (progress.eIsSet(progress.eClass().getEStructuralFeature("status"))) {
			sb.append(' ').append(progress.getStatus().getLiteral());
		}
		if (progress.getText() != null) {
			sb.append(": ").append(oneLine(progress.getText()));
		}
		return sb.toString();
	}

	private static String quantity(Quantity q, Measure measure) {
		if (q == null) {
			return "";
		}
		BigDecimal value = q.getValue();
		String number = (q.getCurrency() == null ? "" : q.getCurrency()) + (value == null ? "" : value.toPlainString());
		Unit unit = q.eIsSet(q.eClass().getEStructuralFeature("unit")) ? q.getUnit()
				: measure != null && measure.getUnit() != null ? measure.getUnit().getUnit() : null;
		if (unit == Unit.PERCENT) {
			return number + "%";
		}
		if (measure != null && measure.getUnit() != null && measure.getUnit().getLabel() != null) {
			return number + " " + oneLine(measure.getUnit().getLabel());
		}
		return unit == null || unit == Unit.COUNT || unit == Unit.RATIO || unit == Unit.MONEY ? number
				: number + " " + unit.getLiteral();
	}

	// ------------------------------------------------------------------ text

	/** Plan text made safe inside a tracker description: it can never forge a key marker. */
	static String safeText(String text) {
		return text == null ? "" : text.replace("<!--", "&lt;!--").replace("\r\n", "\n").replace('\r', '\n');
	}

	/** Text on one line, for titles, labels and names. */
	public static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").trim();
	}

	/** "2025-03-31" for a deadline, as every tracker takes it. */
	public static String isoDate(LocalDate date) {
		return date.toString();
	}

	static String capitalise(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}

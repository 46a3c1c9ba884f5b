package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.AsOf;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Covers;
import org.plans.dsl.plans.Element;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Person;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.PlanText;
import org.plans.dsl.plans.PlanTextKind;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Risk;
import org.plans.dsl.plans.Role;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;

/**
 * One plan, over all the files that share its id: its header, its declarations, and the
 * facts of every action. Build it once per run and hand it to every reader.
 */
public final class PlanFacts {

	private final String id;
	private final List<PlanFile> files;
	private final List<ActionFacts> actions;
	private final Map<Measure, MeasureFacts> measures;
	private final Map<Action, ActionFacts> byAction = new IdentityHashMap<>();
	private final List<PriorityFacts> priorities;
	private final List<ObjectiveFacts> objectives;
	private final Map<EObject, Object> outlineFacts = new IdentityHashMap<>();
	private final Map<ActionFacts, Integer> positions = new IdentityHashMap<>();
	private final PlanContents contents;
	private final Map<Object, Object> derived = new HashMap<>();
	/** The whole-plan values of the facts before an edit that could not be kept as they were: some can be updated. */
	private final Map<Object, Object> before = new HashMap<>();
	/** How the actions' facts differ from those before the edit; null when they were all built again. */
	private ActionChanges changes;
	private DueByLead dueBefore;
	private DueByLead dueByLead;
	private final PlanCalendar calendar;

	private PlanFacts(String id, List<PlanFile> files) {
		this(id, files, null, Unchanged.NOTHING);
	}

	/** Keeps what {@code unchanged} accepts of {@code earlier}'s facts, if the calendar is the same. */
	private PlanFacts(String id, List<PlanFile> files, PlanFacts earlier, Unchanged unchanged) {
		this.id = id;
		this.files = List.copyOf(files);
		this.contents = new PlanContents(files, earlier == null ? null : earlier.contents, unchanged::action);
		this.calendar = PlanCalendar.of(this.files.stream().map(PlanFile::getPlan).toList());
		boolean reuse = earlier != null && earlier.calendar.equals(calendar);
		PlanOutline outline = new PlanOutline(files, calendar,
				action -> reuse && unchanged.action(action) ? earlier.byAction.get(action) : null);
		if (reuse) {
			synchronized (earlier.derived) {
				earlier.derived.forEach((key, value) -> {
					if (unchanged.derived(key)) {
						derived.put(key, value);
					} else if (value instanceof UpdatableValue) {
						before.put(key, value);
					}
				});
			}
		}
		this.priorities = List.copyOf(outline.priorities);
		this.objectives = List.copyOf(outline.objectives);
		this.actions = List.copyOf(outline.actions);
		for (int i = 0; i < actions.size(); i++) {
			ActionFacts action = actions.get(i);
			byAction.put(action.action(), action);
			positions.put(action, i + 1);
		}
		this.changes = reuse ? ActionChanges.between(earlier, this) : null;
		synchronized (earlier == null ? this : earlier) {
			this.dueBefore = reuse ? earlier.dueByLead : null;
		}
		priorities.forEach(p -> outlineFacts.put(p.priority(), p));
		objectives.forEach(o -> outlineFacts.put(o.objective(), o));
		this.measures = MeasureFacts.index(elements(Measure.class), contents.of(MeasurePoint.class),
				contents.of(Target.class));
	}

	/** Every plan in the resource set, in the order their first file was loaded. */
	public static List<PlanFacts> of(ResourceSet resourceSet) {
		Map<String, List<PlanFile>> byId = new LinkedHashMap<>();
		for (Resource resource : Plans.resources(resourceSet)) {
			for (EObject root : resource.getContents()) {
				if (root instanceof PlanFile file && file.getPlan() != null && file.getPlan().getName() != null) {
					byId.computeIfAbsent(file.getPlan().getName(), k -> new ArrayList<>()).add(file);
				}
			}
		}
		return byId.entrySet().stream().map(e -> new PlanFacts(e.getKey(), e.getValue())).toList();
	}

	/** The plan made of exactly these files. */
	public static PlanFacts of(String id, List<PlanFile> files) {
		return new PlanFacts(id, files);
	}

	/**
	 * The plan made of exactly these files, with what {@code unchanged} accepts (actions' facts,
	 * whole-plan values) taken from {@code earlier}, the facts of the same plan before an edit.
	 */
	public static PlanFacts of(String id, List<PlanFile> files, PlanFacts earlier, Unchanged unchanged) {
		return new PlanFacts(id, files, earlier, unchanged);
	}

	/** The plan that {@code file} belongs to, with its other files from the same resource set. */
	public static PlanFacts of(PlanFile file) {
		Resource resource = file.eResource();
		if (resource != null && resource.getResourceSet() != null && file.getPlan() != null) {
			for (PlanFacts plan : of(resource.getResourceSet())) {
				if (Objects.equals(plan.id, file.getPlan().getName())) {
					return plan;
				}
			}
		}
		return new PlanFacts(file.getPlan() == null ? null : file.getPlan().getName(), List.of(file));
	}

	public String id() {
		return id;
	}

	public List<PlanFile> files() {
		return files;
	}

	/** The header that gives the plan's title (the first one if several do). */
	public Plan header() {
		return files.stream().map(PlanFile::getPlan).filter(p -> p.getTitle() != null).findFirst()
				.orElse(files.get(0).getPlan());
	}

	public String title() {
		return header().getTitle() == null ? id : header().getTitle();
	}

	public Optional<String> text(PlanTextKind kind) {
		return headerDetails(PlanText.class).stream().filter(t -> t.getKind() == kind).map(PlanText::getText)
				.findFirst();
	}

	public Optional<DateSpan> issued() {
		return calendar.issued();
	}

	/** How the plan's dates are read: when its financial years start, when it was issued. */
	public PlanCalendar calendar() {
		return calendar;
	}

	/** The days a date written in this plan covers (financial years as the plan's header says). */
	public Optional<DateSpan> span(String text) {
		return calendar.span(text);
	}

	/** The first and last day of the period the plan covers. */
	public Optional<DateSpan> coversFrom() {
		return derived("coversFrom", plan -> plan.headerDetails(Covers.class).stream().findFirst()
				.flatMap(c -> plan.calendar.span(c.getFrom())));
	}

	public Optional<DateSpan> coversTo() {
		return derived("coversTo", plan -> plan.headerDetails(Covers.class).stream().findFirst()
				.flatMap(c -> plan.calendar.span(c.getTo())));
	}

	/** The last day of the plan's "as of" date, if it gives one. */
	public Optional<LocalDate> asOf() {
		return derived(AsOf.class, plan -> plan.headerDetails(AsOf.class).stream().findFirst()
				.flatMap(a -> plan.calendar.span(a.getDate())).map(DateSpan::last));
	}

	public <T> List<T> headerDetails(Class<T> type) {
		List<T> result = new ArrayList<>();
		files.forEach(f -> result.addAll(Members.of(f.getPlan(), type)));
		return result;
	}

	/** Top-level declarations of a type, across the plan's files, in file order. */
	public <T extends Element> List<T> elements(Class<T> type) {
		List<T> result = new ArrayList<>();
		for (PlanFile file : files) {
			file.getElements().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
		}
		return result;
	}

	public List<Priority> priorities() {
		return priorities.stream().map(PriorityFacts::priority).toList();
	}

	/** Every objective of the plan, in the order written. */
	public List<Objective> objectives() {
		return objectives.stream().map(ObjectiveFacts::objective).toList();
	}

	/** The facts of every priority, in the order written. */
	public List<PriorityFacts> priorityFacts() {
		return priorities;
	}

	/** The facts of every objective, in the order written. */
	public List<ObjectiveFacts> objectiveFacts() {
		return objectives;
	}

	public Optional<PriorityFacts> priority(Priority priority) {
		return outlineFacts.get(priority) instanceof PriorityFacts facts ? Optional.of(facts) : Optional.empty();
	}

	public Optional<ObjectiveFacts> objective(Objective objective) {
		return outlineFacts.get(objective) instanceof ObjectiveFacts facts ? Optional.of(facts) : Optional.empty();
	}

	/** The people, roles, teams and partners declared in the plan (boards, which may also lead, are {@link #boards()}). */
	public List<Party> parties() {
		return elements(Party.class).stream().filter(p -> !(p instanceof Board)).toList();
	}

	/** The people declared {@code as} a role, in the order written. */
	public List<Person> holdersOf(Role role) {
		return elements(Person.class).stream().filter(p -> p.getRoles().contains(role)).toList();
	}

	/**
	 * The people behind a lead: a person itself, or the people who hold a role. Teams and
	 * partners stand for themselves and are returned as they are.
	 */
	public List<Party> peopleBehind(Party party) {
		if (party instanceof Role role) {
			List<Person> holders = holdersOf(role);
			return holders.isEmpty() ? List.of(party) : List.copyOf(holders);
		}
		return List.of(party);
	}

	public List<Source> sources() {
		return elements(Source.class);
	}

	/** The risks written on the plan's priorities, objectives and actions, in the order written. */
	public List<Risk> risks() {
		return contents.of(Risk.class);
	}

	/** The plan's costs added up by financial year and by priority. */
	public CostSummary costs() {
		return derived(CostSummary.class, CostSummary::of);
	}

	public List<Board> boards() {
		return elements(Board.class);
	}

	public List<MeasureFacts> measures() {
		return List.copyOf(measures.values());
	}

	public MeasureFacts measure(Measure measure) {
		return measures.get(measure);
	}

	/** Every action of the plan, in the order written. */
	public List<ActionFacts> actions() {
		return actions;
	}

	public List<ActionFacts> actionsOf(Priority priority) {
		return priority(priority).map(PriorityFacts::actions).orElse(List.of());
	}

	public List<ActionFacts> actionsOf(Objective objective) {
		return objective(objective).map(ObjectiveFacts::actions).orElse(List.of());
	}

	/** The priority's actions that sit directly in it, not in one of its objectives. */
	public List<ActionFacts> directActionsOf(Priority priority) {
		return priority(priority).map(PriorityFacts::directActions).orElse(List.of());
	}

	public List<ActionFacts> actionsLedBy(Party party) {
		return actions.stream().filter(a -> a.leads().contains(party)).toList();
	}

	/** The action's reference, or "#n" (its place in the plan, from 1) when it has none: stable ids for outputs. */
	public String key(ActionFacts action) {
		if (!action.ref().isEmpty()) {
			return action.ref();
		}
		Integer position = positions.get(action);
		return "#" + (position == null ? actions.indexOf(action) + 1 : position);
	}

	/** Everyone who leads an action, in the order they are declared (parties of other plans after, as first met). */
	public List<Party> leads() {
		Set<Party> leading = new LinkedHashSet<>();
		actions.forEach(a -> leading.addAll(a.leads()));
		List<Party> result = new ArrayList<>(parties());
		result.retainAll(leading);
		leading.stream().filter(p -> !result.contains(p)).forEach(result::add);
		return result;
	}

	/** The action's place in the plan, from 1; 0 for an action not in it. */
	public int position(ActionFacts action) {
		return positions.getOrDefault(action, 0);
	}

	/** The open actions with a deadline by lead and month, updated from the facts before an edit where it can be. */
	public synchronized DueByLead dueByLead() {
		if (dueByLead == null) {
			dueByLead = dueBefore != null ? DueByLead.update(dueBefore, changes, this::position) : DueByLead.of(actions);
			dueBefore = null;
			changes = null;
		}
		return dueByLead;
	}

	/** Open actions whose deadline is before {@code asOf}, soonest first. */
	public List<ActionFacts> overdue(LocalDate asOf) {
		return actions.stream().filter(a -> a.isOverdue(asOf)).sorted(ActionFacts.BY_DEADLINE).toList();
	}

	/** Open actions due from {@code asOf} to {@code until}, both included, soonest first. */
	public List<ActionFacts> dueBetween(LocalDate asOf, LocalDate until) {
		return actions.stream().filter(a -> a.isDueBetween(asOf, until)).sorted(ActionFacts.BY_DEADLINE).toList();
	}

	/** The first day the plan runs from: the start of the period it covers, else its issue date. */
	public Optional<LocalDate> startDate() {
		return coversFrom().or(this::issued).map(DateSpan::first);
	}

	public Optional<ActionFacts> action(Action action) {
		return Optional.ofNullable(byAction.get(action));
	}

	/** Whether anything in the plan's files refers to {@code target} (a lead, sponsor, role...). */
	public boolean isReferenced(EObject target) {
		return derived("referenced", plan -> {
			Set<EObject> all = Collections.newSetFromMap(new IdentityHashMap<>());
			all.addAll(plan.contents.targets());
			return all;
		}).contains(target);
	}

	/** Recommendations and findings named by an {@code addresses} line anywhere in the plan. */
	public Set<Source> addressed() {
		return derived(Addressed.class, plan -> Addressed.of(plan, plan.contents.of(Addresses.class)),
				(plan, before) -> before.update(plan, plan.contents.of(Addresses.class))).sources();
	}

	/**
	 * Declarations that share a name with another of the same kind, across the plan's files:
	 * each list holds two or more, in file order. People, roles, teams and partners are one kind.
	 */
	public List<List<EObject>> duplicates() {
		return derived("duplicates", plan -> Duplicates.in(plan.contents.of(Duplicates.class, Duplicates::isDeclaration)));
	}

	private static final Object MEETING_BOARDS = new Object();

	/**
	 * The board that reviews an action most often, among those that oversee it, its objective or
	 * its priority and say how often they meet.
	 */
	public Optional<Board> monitoringBoard(ActionFacts action) {
		// asked once per action: look through the few boards that meet, not every declaration
		List<Board> meeting = derived(MEETING_BOARDS,
				plan -> plan.boards().stream().filter(b -> b.getCadence() != null).toList());
		return meeting.stream()
				.filter(b -> b.getOversees().contains(action.action()) || b.getOversees().contains(action.priority())
						|| action.objective() != null && b.getOversees().contains(action.objective()))
				.min(Comparator.comparing(b -> LocalDate.EPOCH.plus(Cadences.period(b.getCadence()))));
	}

	/**
	 * A value derived from the whole plan, computed once per {@code key} and kept with these
	 * facts (whole-plan rules use it so that they run once per plan, not once per file).
	 */
	public <T> T derived(Object key, Function<PlanFacts, T> compute) {
		return derived(key, compute, null);
	}

	/**
	 * As {@link #derived(Object, Function)}, for a value that {@code update} can work out from the
	 * one the facts before an edit had under the same key (null: none can).
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, Function<PlanFacts, T> compute, BiFunction<PlanFacts, T, T> update) {
		// a value updated from the one before is worked out once per facts, like the others
		Object value;
		synchronized (derived) {
			value = derived.get(key);
			if (value == null) {
				Object earlier = before.remove(key);
				value = update != null && earlier != null ? update.apply(this, (T) earlier) : compute.apply(this);
				derived.put(key, value);
			}
		}
		DerivedReads.record(key, compute, value);
		return (T) value;
	}
}

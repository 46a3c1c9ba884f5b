package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.AlsoUnder;
import org.plans.dsl.plans.Block;
import org.plans.dsl.plans.Cost;
import org.plans.dsl.plans.Deliverable;
import org.plans.dsl.plans.DependsOn;
import org.plans.dsl.plans.Due;
import org.plans.dsl.plans.Involves;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Note;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Start;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.StatusItem;
import org.plans.dsl.plans.Tags;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextItem;
import org.plans.dsl.plans.TextKind;

/**
 * What an action says and what follows from it: leads, dates, the latest progress and
 * RAG, whether it is complete or overdue. Validation and every generator read this.
 * {@code latestRag} is the RAG of the most recent progress entry that gives one;
 * {@code status} is the one a status line gives, else the latest progress entry that gives
 * one, else complete for a blue RAG. Both are worked out once, in {@link #of(Action)}, from
 * {@code progressFacts}: the progress entries as {@link ProgressFacts}, in the same order.
 */
public record ActionFacts(Action action, Priority priority, Objective objective, List<Party> leads, When start,
		When due, List<Progress> progress, Optional<Rag> latestRag, Optional<Status> status,
		List<ProgressFacts> progressFacts) {

	/** Soonest deadline first; actions with no deadline last; a stable sort keeps the written order for ties. */
	public static final Comparator<ActionFacts> BY_DEADLINE = Comparator
			.comparing((ActionFacts a) -> a.deadline().orElse(LocalDate.MAX));

	/**
	 * The facts of one action. Leads are the action's own, else its objective's, else its
	 * priority's; so is the deadline (an inherited one says so); progress entries are in date
	 * order, undated ones last.
	 */
	public static ActionFacts of(Action action) {
		return of(action, Plans.ancestor(action, Priority.class), Plans.ancestor(action, Objective.class),
				PlanCalendar.of(action));
	}

	/** The facts of an action whose priority, objective (or null) and calendar the caller's walk already knows. */
	static ActionFacts of(Action action, Priority priority, Objective objective, PlanCalendar calendar) {
		List<Party> leads = new ArrayList<>();
		boolean none = false;
		for (EObject owner : new EObject[] { action, objective, priority }) {
			if (owner != null && leads.isEmpty() && !none) {
				Members.of(owner, LeadItem.class).forEach(item -> leads.addAll(item.getLeads()));
				none = saysNoLead(owner);
			}
		}
		When start = When.of(Members.first(action, Start.class).map(Start::getWhen).orElse(null), calendar);
		When due = When.of(Members.first(action, Due.class).map(Due::getWhen).orElse(null), calendar);
		if (!due.isGiven()) {
			due = inheritedDue(objective, calendar);
		}
		if (!due.isGiven()) {
			due = inheritedDue(priority, calendar);
		}
		List<Progress> progress = new ArrayList<>(Members.of(action, Progress.class));
		progress.sort(Comparator.comparing(p -> calendar.span(p.getDate()).map(DateSpan::last).orElse(LocalDate.MAX)));
		List<ProgressFacts> progressFacts = progress.stream().map(p -> ProgressFacts.of(p, calendar)).toList();
		Optional<Rag> rag = latestRag(progressFacts);
		Optional<Status> status = Members.of(action, StatusItem.class).stream().reduce((a, b) -> b)
				.map(StatusItem::getStatus).or(() -> latestStatus(progressFacts, rag));
		return new ActionFacts(action, priority, objective, List.copyOf(leads), start, due, List.copyOf(progress), rag,
				status, progressFacts);
	}

	/** The deadline an objective's or priority's own {@code due} line gives its actions. */
	private static When inheritedDue(EObject owner, PlanCalendar calendar) {
		return owner == null ? When.NONE
				: When.of(Members.first(owner, Due.class).map(Due::getWhen).orElse(null), calendar).inheritedFrom(owner);
	}

	/** Whether the block says {@code lead none}: the source names nobody, and nothing is inherited past it. */
	public static boolean saysNoLead(EObject block) {
		return Members.of(block, LeadItem.class).stream().anyMatch(LeadItem::isNone);
	}

	/**
	 * The {@code lead none} line that leaves the action without a lead: its own, else its
	 * objective's or priority's when it inherits from there; empty when it has leads.
	 */
	public Optional<LeadItem> noLead() {
		if (!leads.isEmpty()) {
			return Optional.empty();
		}
		for (EObject owner : new EObject[] { action, objective, priority }) {
			Optional<LeadItem> none = owner == null ? Optional.empty()
					: Members.of(owner, LeadItem.class).stream().filter(LeadItem::isNone).findFirst();
			if (none.isPresent()) {
				return none;
			}
		}
		return Optional.empty();
	}

	/** The action's own {@code supported by} parties. */
	public List<Party> supporters() {
		return Members.of(action, LeadItem.class).stream().flatMap(l -> l.getSupporters().stream()).toList();
	}

	/** The parties the action {@code involves}, with those of its objective and priority. */
	public List<Party> involved() {
		List<Party> all = new ArrayList<>();
		for (EObject owner : new EObject[] { action, objective, priority }) {
			if (owner != null) {
				Members.of(owner, Involves.class).forEach(i -> all.addAll(i.getParties()));
			}
		}
		return all.stream().distinct().toList();
	}

	public List<Deliverable> deliverables() {
		return Members.of(action, Deliverable.class);
	}

	/** The action's reference (1.1), or empty when it has none. */
	public String ref() {
		return action.getName() == null ? "" : action.getName();
	}

	public String title() {
		return action.getTitle();
	}

	public Optional<LocalDate> deadline() {
		return due.deadline();
	}

	public Optional<Progress> latestProgress() {
		return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(progress.size() - 1));
	}

	/** The facts of the latest progress entry (undated entries count as latest). */
	public Optional<ProgressFacts> latestProgressFacts() {
		return progressFacts.isEmpty() ? Optional.empty() : Optional.of(progressFacts.get(progressFacts.size() - 1));
	}

	/** The most recent progress entry that has a real date. */
	public Optional<Progress> latestDatedProgress() {
		for (int i = progress.size() - 1; i >= 0; i--) {
			if (DateSpan.parse(progress.get(i).getDate()).isPresent()) {
				return Optional.of(progress.get(i));
			}
		}
		return Optional.empty();
	}

	/** The RAG of the most recent progress entry that gives one. */
	private static Optional<Rag> latestRag(List<ProgressFacts> progress) {
		for (int i = progress.size() - 1; i >= 0; i--) {
			if (progress.get(i).rag().isPresent()) {
				return progress.get(i).rag();
			}
		}
		return Optional.empty();
	}

	/** The status given by the latest progress entry that gives one, else by a blue RAG. */
	private static Optional<Status> latestStatus(List<ProgressFacts> progress, Optional<Rag> latestRag) {
		for (int i = progress.size() - 1; i >= 0; i--) {
			if (progress.get(i).status().isPresent()) {
				return progress.get(i).status();
			}
		}
		return latestRag.filter(rag -> rag == Rag.BLUE).map(rag -> Status.COMPLETE);
	}

	public boolean isComplete() {
		return status().filter(s -> s == Status.COMPLETE).isPresent();
	}

	public boolean isClosed() {
		return status().filter(s -> s == Status.COMPLETE || s == Status.CANCELLED).isPresent();
	}

	/** Due before {@code asOf}, not ongoing, and neither complete nor cancelled. */
	public boolean isOverdue(LocalDate asOf) {
		return !isClosed() && !due.isOpenEnded() && deadline().filter(d -> d.isBefore(asOf)).isPresent();
	}

	/** Open and due between {@code asOf} and {@code until}, both included. */
	public boolean isDueBetween(LocalDate asOf, LocalDate until) {
		return !isClosed() && deadline().filter(d -> !d.isBefore(asOf) && !d.isAfter(until)).isPresent();
	}

	/** The reference and title as a person would say it: "1.1 Recruit social workers". */
	public String label() {
		return ref().isEmpty() ? title() : ref() + " " + title();
	}

	public List<Target> targets() {
		return Members.of(action, Target.class);
	}

	/** The targets with the day each is due by (its own date, else the action's deadline). */
	public List<TargetFacts> targetFacts() {
		return targets().stream().map(t -> TargetFacts.of(t, deadline())).toList();
	}

	public List<Cost> costs() {
		return Members.of(action, Cost.class);
	}

	public List<Action> dependsOn() {
		return Members.of(action, DependsOn.class).stream().flatMap(d -> d.getActions().stream()).toList();
	}

	/** Its dependencies outside the plan: {@code depends on partner housing "New protocol agreed"}. */
	public List<DependsOn> dependsOnPartners() {
		return Members.of(action, DependsOn.class).stream().filter(d -> d.getPartner() != null).toList();
	}

	/** The priorities, objectives and actions it is also listed under ({@code also under 2.1}). */
	public List<Block> alsoUnder() {
		return Members.of(action, AlsoUnder.class).stream().flatMap(a -> a.getBlocks().stream()).toList();
	}

	public List<String> tags() {
		return Members.of(action, Tags.class).stream().flatMap(t -> t.getTags().stream()).toList();
	}

	public List<String> notes() {
		return Members.of(action, Note.class).stream().map(Note::getText).toList();
	}

	/** The recommendations and findings the action addresses. */
	public List<Source> addresses() {
		return Members.of(action, Addresses.class).stream().flatMap(a -> a.getSources().stream()).toList();
	}

	/** Baselines, milestones and positions written directly on the action. */
	public List<MeasurePoint> points() {
		return Members.of(action, MeasurePoint.class);
	}

	public List<String> texts(TextKind kind) {
		return Members.of(action, TextItem.class).stream().filter(t -> t.getKind() == kind).map(TextItem::getText)
				.toList();
	}
}

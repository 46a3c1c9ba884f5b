package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Due;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Note;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.PriorityKind;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.SponsorItem;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextItem;
import org.plans.dsl.plans.TextKind;

/**
 * A priority (or workstream) and what it says: sponsors, leads, texts, the recommendations it
 * addresses, its objectives, and the facts of all its actions in the order written, those in
 * its objectives included; {@code directActions} are the ones not in an objective.
 */
public record PriorityFacts(Priority priority, List<ObjectiveFacts> objectives, List<ActionFacts> actions,
		List<ActionFacts> directActions) {

	public PriorityFacts {
		objectives = List.copyOf(objectives);
		actions = List.copyOf(actions);
		directActions = List.copyOf(directActions);
	}

	public PriorityKind kind() {
		return priority.getKind();
	}

	/** The priority's reference (1, A). */
	public String ref() {
		return priority.getName() == null ? "" : priority.getName();
	}

	public String title() {
		return priority.getTitle();
	}

	public List<Party> sponsors() {
		return Members.of(priority, SponsorItem.class).stream().flatMap(s -> s.getSponsors().stream()).toList();
	}

	/** The leads written on the priority itself (its actions fall back to these). */
	public List<Party> leads() {
		return Members.of(priority, LeadItem.class).stream().flatMap(l -> l.getLeads().stream()).toList();
	}

	/** Descriptions, outcomes, indicators... in the order written. */
	public List<TextItem> textItems() {
		return Members.of(priority, TextItem.class);
	}

	public List<String> texts(TextKind kind) {
		return textItems().stream().filter(t -> t.getKind() == kind).map(TextItem::getText).toList();
	}

	/** The recommendations and findings the priority addresses (not those of its objectives or actions). */
	public List<Source> addresses() {
		return Members.of(priority, Addresses.class).stream().flatMap(a -> a.getSources().stream()).toList();
	}

	/** The targets written on the priority itself (dated only by their own {@code by}). */
	public List<TargetFacts> targets() {
		return Members.of(priority, Target.class).stream().map(t -> TargetFacts.of(t, Optional.empty())).toList();
	}

	/** The targets on the priority, on its objectives and on its actions, in that order. */
	public List<TargetFacts> allTargets() {
		List<TargetFacts> all = new ArrayList<>(targets());
		objectives.forEach(o -> all.addAll(o.targets()));
		actions.forEach(a -> all.addAll(a.targetFacts()));
		return all;
	}

	/** A measurable target on the priority, on one of its objectives or on one of its actions. */
	public boolean hasMeasurableTarget() {
		return targets().stream().anyMatch(TargetFacts::isMeasurable)
				|| objectives.stream().anyMatch(o -> o.targets().stream().anyMatch(TargetFacts::isMeasurable))
				|| actions.stream().anyMatch(a -> a.targetFacts().stream().anyMatch(TargetFacts::isMeasurable));
	}

	public List<String> notes() {
		return Members.of(priority, Note.class).stream().map(Note::getText).toList();
	}

	/** The priority's own deadline ({@code due 2022-03} in its block): its actions without one take it. */
	public When due() {
		return When.of(Members.first(priority, Due.class).map(Due::getWhen).orElse(null));
	}

	/** The latest deadline among all its actions. */
	public Optional<LocalDate> latestDeadline() {
		return latestDeadline(actions);
	}

	/** It has actions and every one is complete or cancelled. */
	public boolean isClosed() {
		return allClosed(actions);
	}

	public RagCounts ragCounts() {
		return RagCounts.of(actions);
	}

	static Optional<LocalDate> latestDeadline(List<ActionFacts> actions) {
		return actions.stream().map(ActionFacts::deadline).flatMap(Optional::stream).max(LocalDate::compareTo);
	}

	static boolean allClosed(List<ActionFacts> actions) {
		return !actions.isEmpty() && actions.stream().allMatch(ActionFacts::isClosed);
	}
}

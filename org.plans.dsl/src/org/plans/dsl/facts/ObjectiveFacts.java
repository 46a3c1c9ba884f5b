package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.plans.dsl.plans.Addresses;
import org.plans.dsl.plans.Due;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Note;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.TextItem;
import org.plans.dsl.plans.TextKind;

/**
 * An objective and what it says: its own leads, texts, the recommendations it addresses, and
 * the facts of its actions in the order written. {@code position} is its place among its
 * priority's objectives, from 1 (outputs use it for objectives without a reference).
 */
public record ObjectiveFacts(Objective objective, Priority priority, int position, List<ActionFacts> actions) {

	public ObjectiveFacts {
		actions = List.copyOf(actions);
	}

	/** The objective's reference (1a), or empty when it has none. */
	public String ref() {
		return objective.getName() == null ? "" : objective.getName();
	}

	public String title() {
		return objective.getTitle();
	}

	/** The leads written on the objective itself (its actions fall back to these). */
	public List<Party> leads() {
		return Members.of(objective, LeadItem.class).stream().flatMap(l -> l.getLeads().stream()).toList();
	}

	/** Descriptions, outcomes, indicators... in the order written. */
	public List<TextItem> textItems() {
		return Members.of(objective, TextItem.class);
	}

	public List<String> texts(TextKind kind) {
		return textItems().stream().filter(t -> t.getKind() == kind).map(TextItem::getText).toList();
	}

	/** The recommendations and findings the objective addresses. */
	public List<Source> addresses() {
		return Members.of(objective, Addresses.class).stream().flatMap(a -> a.getSources().stream()).toList();
	}

	/** The targets written on the objective itself (dated only by their own {@code by}). */
	public List<TargetFacts> targets() {
		return Members.of(objective, Target.class).stream().map(t -> TargetFacts.of(t, Optional.empty())).toList();
	}

	public List<String> notes() {
		return Members.of(objective, Note.class).stream().map(Note::getText).toList();
	}

	/** The objective's own deadline ({@code due 2022-03} in its block): its actions without one take it. */
	public When due() {
		return When.of(Members.first(objective, Due.class).map(Due::getWhen).orElse(null));
	}

	/** The latest deadline among its actions. */
	public Optional<LocalDate> latestDeadline() {
		return PriorityFacts.latestDeadline(actions);
	}

	/** It has actions and every one is complete or cancelled. */
	public boolean isClosed() {
		return PriorityFacts.allClosed(actions);
	}
}

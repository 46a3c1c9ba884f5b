package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Cadences;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.PlanCalendar;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.When;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Deliverable;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Status;
import org.plans.dsl.rules.Rule;

/**
 * Overdue: judged against the caller's "as of" date, else the plan's; without either these
 * rules are skipped (never today's date, so that a result can be reproduced).
 */
public class OverdueRules extends PlanRules {

	@Check
	public void notOverdue(Action action) {
		Optional<LocalDate> asOf = asOf(action);
		ActionFacts facts = facts(action);
		if (asOf.isPresent() && facts.isOverdue(asOf.get())) {
			When due = facts.due();
			String by = (due.immediately() ? "immediately (" + due.date().get() + ")" : "by " + due.date().get())
					+ (due.approximate() ? ", approximately," : "")
					+ (due.isInherited() ? " (the deadline of " + due.ownerLabel() + ")" : "");
			String message = Labels.start(action) + " was due " + by + " and is not complete (as of " + asOf.get()
					+ "). Record what happened, such as: progress " + asOf.get()
					+ " blue complete \"Done\", or agree a new due date.";
			if (due.isInherited()) {
				report(Rule.OVERDUE, message, action, StructureRules.labelFeature(action));
			} else {
				report(Rule.OVERDUE, message, due.timing(), due.immediately() ? TIMING__IMMEDIATELY : TIMING__DATE);
			}
		}
	}

	/** A deliverable past its date and not complete (or cancelled) is overdue like its action. */
	@Check
	public void deliverableNotOverdue(Deliverable deliverable) {
		Action action = Plans.ancestor(deliverable, Action.class);
		Optional<LocalDate> asOf = action == null ? Optional.empty() : asOf(action);
		When due = When.of(deliverable.getDue(), PlanCalendar.of(deliverable));
		boolean done = deliverable.getStatus() == Status.COMPLETE || deliverable.getStatus() == Status.CANCELLED
				|| facts(action).isClosed();
		if (asOf.isPresent() && !done && due.deadline().filter(d -> d.isBefore(asOf.get())).isPresent()) {
			report(Rule.OVERDUE, "The deliverable \"" + deliverable.getTitle() + "\" of " + Labels.of(action)
					+ " was due by " + due.date().get() + " and is not complete (as of " + asOf.get()
					+ "). Add 'status complete' to it when it is done, or agree a new date.", deliverable.getDue(),
					TIMING__DATE);
		}
	}

	@Check
	public void recentProgress(Action action) {
		Optional<LocalDate> asOf = asOf(action);
		ActionFacts facts = facts(action);
		if (asOf.isEmpty() || facts.isClosed()) {
			return;
		}
		Optional<Board> board = plan(action).monitoringBoard(facts);
		Optional<Progress> latest = facts.latestDatedProgress();
		Optional<LocalDate> since = latest.flatMap(p -> DateSpan.lastDayOf(p.getDate()))
				.or(() -> facts.start().firstDay()).or(() -> plan(action).coversFrom().map(DateSpan::first));
		if (board.isEmpty() || since.isEmpty()) {
			return;
		}
		LocalDate due = since.get().plus(Cadences.period(board.get().getCadence()));
		if (due.isBefore(asOf.get())) {
			String last = latest.map(p -> "since " + p.getDate()).orElse("at all");
			report(Rule.NO_RECENT_PROGRESS, Labels.start(action) + " has had no progress update " + last
					+ " (as of " + asOf.get() + "), although " + Labels.of(board.get()) + " meets "
					+ Cadences.describe(board.get().getCadence()) + ". Add a line such as: progress " + asOf.get()
					+ " green \"What has happened since\"", latest.isPresent() ? latest.get() : action,
					latest.isPresent() ? PROGRESS__DATE : StructureRules.labelFeature(action));
		}
	}
}

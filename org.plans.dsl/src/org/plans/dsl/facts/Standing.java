package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.plans.dsl.plans.Comparator;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Unit;
import org.plans.dsl.plans.Verdict;

/**
 * Where a position stands against the milestone or target in force at its date: the last one
 * that fell due on or before that date, else a standing rate target; before any is due, the next
 * one, which the position is compared with but not yet judged by ({@link #isDue()}). The goal is
 * reached when the position's number meets the written comparison ({@code > 80%}), lies
 * in a range, or, without either, is at least as good as the goal by the measure's direction.
 * A fraction ({@code 10 of 11}) of a percentage measure counts as its percentage; a position over
 * a period is not judged by a rate ({@code 8 per month}).
 */
public record Standing(Position position, Optional<BigDecimal> number, Goal goal, boolean isDue, Judgement judgement) {

	/** Whether the position reaches the goal in force. */
	public enum Judgement {
		REACHED, BEHIND, UNKNOWN
	}

	/**
	 * A milestone or target with a number: {@code upper} is the top of a range; {@code due} is
	 * empty for a standing rate target.
	 */
	public record Goal(EObject source, BigDecimal value, Optional<BigDecimal> upper,
			Optional<Comparator> comparator, Optional<LocalDate> due, String dueText) {

		public boolean isMilestone() {
			return source instanceof Milestone;
		}
	}

	/** The standing of {@code position} in {@code measure}; empty when the measure has no goal with a number. */
	public static Optional<Standing> of(Position position, MeasureFacts measure) {
		Optional<LocalDate> day = MeasureFacts.dayOf(position);
		Optional<BigDecimal> number = numberOf(position.getValue(), measure);
		if (day.isEmpty()) {
			return Optional.empty();
		}
		List<Goal> goals = goals(measure);
		Optional<Goal> due = dueOn(day.get(), goals);
		Optional<Goal> goal = due.isPresent() ? due : next(day.get(), goals);
		if (goal.isEmpty()) {
			return Optional.empty();
		}
		boolean comparable = !(goal.get().due().isEmpty() && position.getFrom() != null);
		Judgement judgement = number.filter(n -> comparable).map(n -> judge(n, goal.get(), measure.betterDirection()))
				.orElse(Judgement.UNKNOWN);
		return Optional.of(new Standing(position, number, goal.get(), due.isPresent(), judgement));
	}

	/** The number is behind a goal that has fallen due. */
	public boolean isBehind() {
		return isDue && judgement == Judgement.BEHIND;
	}

	/** The position's verdict or RAG already says it is behind ({@code below-target}, {@code off-track}, red, amber). */
	public boolean isAcknowledged() {
		Optional<Verdict> verdict = PointFacts.verdict(position);
		Optional<Rag> rag = PointFacts.rag(position);
		return verdict.filter(v -> v == Verdict.BELOW_TARGET || v == Verdict.OFF_TRACK).isPresent()
				|| rag.filter(r -> r == Rag.RED || r == Rag.AMBER).isPresent();
	}

	/**
	 * The verdict contradicts the number: {@code met} when it does not reach the goal,
	 * {@code on-track} when it is behind one that is due, {@code below-target} or
	 * {@code off-track} when it reaches the goal.
	 */
	public boolean verdictContradicts() {
		Optional<Verdict> verdict = PointFacts.verdict(position);
		if (verdict.isEmpty() || judgement == Judgement.UNKNOWN) {
			return false;
		}
		boolean reached = judgement == Judgement.REACHED;
		return switch (verdict.get()) {
		case MET -> !reached;
		case ON_TRACK -> isDue && !reached;
		case BELOW_TARGET, OFF_TRACK -> reached;
		};
	}

	/** The last goal due on or before {@code day}, else the first standing rate target. */
	private static Optional<Goal> dueOn(LocalDate day, List<Goal> goals) {
		Goal last = null;
		for (Goal goal : goals) {
			LocalDate due = goal.due().orElse(null);
			if (due != null && !due.isAfter(day) && (last == null || !due.isBefore(last.due().get()))) {
				last = goal;
			}
		}
		if (last != null) {
			return Optional.of(last);
		}
		return goals.stream().filter(g -> g.due().isEmpty()).findFirst();
	}

	/** The first goal due after {@code day}. */
	private static Optional<Goal> next(LocalDate day, List<Goal> goals) {
		Goal first = null;
		for (Goal goal : goals) {
			LocalDate due = goal.due().orElse(null);
			if (due != null && due.isAfter(day) && (first == null || due.isBefore(first.due().get()))) {
				first = goal;
			}
		}
		return Optional.ofNullable(first);
	}

	/** The goal a target sets, when it has a number (a direction or words only set none). */
	static Optional<Goal> goalOf(Target target, MeasureFacts measure) {
		return goals(measure).stream().filter(g -> g.source() == target).findFirst();
	}

	private static List<Goal> goals(MeasureFacts measure) {
		List<Goal> goals = new ArrayList<>();
		for (Milestone milestone : measure.milestones()) {
			Quantities.number(milestone.getValue())
					.ifPresent(value -> goals.add(new Goal(milestone, value, Optional.empty(), PointFacts.comparator(milestone),
							MeasureFacts.dayOf(milestone), milestone.getDate())));
		}
		for (Target target : measure.targets()) {
			TargetFacts facts = TargetFacts.of(target, Optional.empty());
			Optional<LocalDate> due = facts.date();
			if (due.isEmpty() && facts.rate().isEmpty()) {
				continue;
			}
			Optional<BigDecimal> base = measure.baselineOn(due).flatMap(b -> Quantities.number(b.getValue()));
			Optional<BigDecimal> upper = facts.form() == TargetFacts.Form.RANGE ? facts.upper().flatMap(Quantities::number)
					: Optional.empty();
			Optional<BigDecimal> value = facts.form() == TargetFacts.Form.RANGE ? facts.number()
					: facts.goal(base, measure.betterDirection());
			value.ifPresent(v -> goals.add(new Goal(target, v, upper, facts.comparator(), due, target.getDate())));
		}
		return goals;
	}

	static Judgement judge(BigDecimal value, Goal goal, Optional<Direction> better) {
		if (goal.upper().isPresent()) {
			return value.compareTo(goal.value()) >= 0 && value.compareTo(goal.upper().get()) <= 0 ? Judgement.REACHED
					: Judgement.BEHIND;
		}
		int cmp = value.compareTo(goal.value());
		if (goal.comparator().isPresent()) {
			boolean reached = switch (goal.comparator().get()) {
			case AT_LEAST -> cmp >= 0;
			case ABOVE -> cmp > 0;
			case AT_MOST -> cmp <= 0;
			case BELOW -> cmp < 0;
			case EQUAL -> cmp == 0;
			};
			return reached ? Judgement.REACHED : Judgement.BEHIND;
		}
		return better.map(d -> (d == Direction.HIGHER ? cmp >= 0 : cmp <= 0) ? Judgement.REACHED : Judgement.BEHIND)
				.orElse(Judgement.UNKNOWN);
	}

	/**
	 * A position's number; a fraction ({@code 10 of 11}) of a percentage measure as its
	 * percentage, of another measure none (what the whole is, is not said).
	 */
	static Optional<BigDecimal> numberOf(Quantity quantity, MeasureFacts measure) {
		if (quantity != null && quantity.getTotal() != null) {
			return measure.unit().filter(u -> u == Unit.PERCENT).isPresent() ? Quantities.fractionPercent(quantity)
					: Optional.empty();
		}
		return Quantities.number(quantity);
	}
}

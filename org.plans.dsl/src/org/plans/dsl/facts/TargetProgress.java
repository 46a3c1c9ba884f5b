package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.facts.Standing.Goal;
import org.plans.dsl.facts.Standing.Judgement;
import org.plans.dsl.plans.Position;

/**
 * How a target stands by its measure's latest position with a number (on or before the as-of
 * date): met when the position reaches it; behind when the target has fallen due unmet, or the
 * position is behind the milestone in force; on track otherwise. A target without a number, or a
 * measure without a position, is not measured.
 */
public enum TargetProgress {
	MET, ON_TRACK, BEHIND, NOT_MEASURED;

	public static TargetProgress of(TargetFacts target, PlanFacts plan, Optional<LocalDate> asOf) {
		if (target.measure() == null) {
			return NOT_MEASURED;
		}
		MeasureFacts measure = plan.measure(target.measure());
		Optional<Goal> goal = measure == null ? Optional.empty() : Standing.goalOf(target.target(), measure);
		Optional<Position> position = goal.isEmpty() ? Optional.empty() : latestWithNumber(measure, asOf);
		if (position.isEmpty()) {
			return NOT_MEASURED;
		}
		BigDecimal number = Standing.numberOf(position.get().getValue(), measure).orElseThrow();
		Judgement judgement = Standing.judge(number, goal.get(), measure.betterDirection());
		if (judgement == Judgement.UNKNOWN) {
			return NOT_MEASURED;
		}
		if (judgement == Judgement.REACHED) {
			return MET;
		}
		LocalDate day = MeasureFacts.dayOf(position.get()).orElseThrow();
		LocalDate now = asOf.filter(d -> d.isAfter(day)).orElse(day);
		boolean due = target.date().or(() -> goal.get().due()).filter(d -> !d.isAfter(now)).isPresent();
		boolean behindMilestone = measure.standing(position.get()).filter(Standing::isBehind).isPresent();
		return due || behindMilestone ? BEHIND : ON_TRACK;
	}

	/** How many of {@code targets} stand each way. */
	public static Map<TargetProgress, Integer> count(Collection<TargetFacts> targets, PlanFacts plan,
			Optional<LocalDate> asOf) {
		Map<TargetProgress, Integer> counts = new EnumMap<>(TargetProgress.class);
		for (TargetProgress progress : values()) {
			counts.put(progress, 0);
		}
		targets.forEach(t -> counts.merge(of(t, plan, asOf), 1, Integer::sum));
		return counts;
	}

	private static Optional<Position> latestWithNumber(MeasureFacts measure, Optional<LocalDate> asOf) {
		List<Position> positions = measure.positions();
		for (int i = positions.size() - 1; i >= 0; i--) {
			Position position = positions.get(i);
			Optional<LocalDate> day = MeasureFacts.dayOf(position);
			boolean known = day.isPresent() && asOf.map(a -> !day.get().isAfter(a)).orElse(true);
			if (known && position.getFrom() == null && Standing.numberOf(position.getValue(), measure).isPresent()) {
				return Optional.of(position);
			}
		}
		return Optional.empty();
	}
}

package org.plans.dsl.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.plans.dsl.plans.Baseline;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Unit;

/**
 * A measure with every value the plan gives for it: baselines, milestones and positions,
 * whether written in the measure itself, in a target's block, or on an action.
 */
public final class MeasureFacts {

	private final Measure measure;
	private final List<MeasurePoint> points = new ArrayList<>();
	private final List<Target> targets = new ArrayList<>();

	MeasureFacts(Measure measure) {
		this.measure = measure;
	}

	void add(MeasurePoint point) {
		points.add(point);
	}

	void add(Target target) {
		targets.add(target);
	}

	/** The measure a point is about: named on it, or the target or measure it sits in. */
	public static Measure measureOf(MeasurePoint point) {
		Measure named = null;
		if (point instanceof Baseline b) {
			named = b.getMeasure();
		} else if (point instanceof Milestone m) {
			named = m.getMeasure();
		} else if (point instanceof Position p) {
			named = p.getMeasure();
		}
		if (named != null) {
			return named;
		}
		if (point.eContainer() instanceof Target target) {
			return target.getMeasure();
		}
		return point.eContainer() instanceof Measure measure ? measure : null;
	}

	public Measure measure() {
		return measure;
	}

	public Optional<Unit> unit() {
		return measure.getUnit() == null ? Optional.empty() : Optional.of(measure.getUnit().getUnit());
	}

	/** Higher or lower is better, when the measure says. */
	public Optional<Direction> direction() {
		return measure.eIsSet(measure.eClass().getEStructuralFeature("direction")) ? Optional.of(measure.getDirection())
				: Optional.empty();
	}

	public List<Baseline> baselines() {
		return sorted(Baseline.class);
	}

	public List<Milestone> milestones() {
		return sorted(Milestone.class);
	}

	public List<Position> positions() {
		return sorted(Position.class);
	}

	public List<Target> targets() {
		return List.copyOf(targets);
	}

	public Optional<Position> latestPosition() {
		List<Position> all = positions();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * The milestone a value at {@code day} is judged against: the first one due on or after
	 * that day, else the last one (the plan's final milestone has passed).
	 */
	public Optional<Milestone> milestoneFor(LocalDate day) {
		List<Milestone> all = milestones();
		for (Milestone milestone : all) {
			if (DateSpan.lastDayOf(milestone.getDate()).filter(d -> !d.isBefore(day)).isPresent()) {
				return Optional.of(milestone);
			}
		}
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * Whether {@code value} reaches {@code goal} given the measure's direction (at or above it
	 * when higher is better, at or below when lower is); empty when the measure gives no direction.
	 */
	public Optional<Boolean> reaches(BigDecimal value, BigDecimal goal) {
		if (value == null || goal == null) {
			return Optional.empty();
		}
		return direction().map(d -> d == Direction.HIGHER ? value.compareTo(goal) >= 0 : value.compareTo(goal) <= 0);
	}

	private <T extends MeasurePoint> List<T> sorted(Class<T> type) {
		return points.stream().filter(type::isInstance).map(type::cast)
				.sorted(Comparator.comparing(p -> DateSpan.lastDayOf(dateOf(p)).orElse(LocalDate.MAX))).toList();
	}

	public static String dateOf(MeasurePoint point) {
		if (point instanceof Baseline b) {
			return b.getDate();
		}
		if (point instanceof Milestone m) {
			return m.getDate();
		}
		return point instanceof Position p ? p.getDate() : null;
	}
}

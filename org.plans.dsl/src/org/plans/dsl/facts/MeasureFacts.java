package org.plans.dsl.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.plans.Baseline;
import org.plans.dsl.plans.Cadence;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Quantity;
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

	/** The facts of each measure, in the order given, with the points and targets about it. */
	static Map<Measure, MeasureFacts> index(List<Measure> measures, List<MeasurePoint> points, List<Target> targets) {
		Map<Measure, MeasureFacts> result = new LinkedHashMap<>();
		measures.forEach(m -> result.put(m, new MeasureFacts(m)));
		for (MeasurePoint point : points) {
			MeasureFacts facts = result.get(measureOf(point));
			if (facts != null) {
				facts.points.add(point);
			}
		}
		for (Target target : targets) {
			MeasureFacts facts = result.get(target.getMeasure());
			if (facts != null) {
				facts.targets.add(target);
			}
		}
		return result;
	}

	/** The measure a point is about: named on it, or the target or measure it sits in. */
	public static Measure measureOf(MeasurePoint point) {
		if (point.getMeasure() != null) {
			return point.getMeasure();
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

	/** What a percentage is of ({@code unit % of "open cases"}). */
	public Optional<String> population() {
		return measure.getUnit() == null ? Optional.empty() : Optional.ofNullable(measure.getUnit().getPopulation());
	}

	/** How often it is measured ({@code measured monthly}). */
	public Optional<Cadence> frequency() {
		return Optional.ofNullable(measure.getFrequency());
	}

	/** Where its values come from ({@code source "Monthly audit"}). */
	public Optional<String> source() {
		return Optional.ofNullable(measure.getSource());
	}

	/** Higher or lower is better, when the measure says. */
	public Optional<Direction> direction() {
		return Plans.isWritten(measure, "direction") ? Optional.of(measure.getDirection())
				: Optional.empty();
	}

	/**
	 * Which way is better: as the measure says, else as its targets say when they all agree
	 * ({@code >=} means higher, {@code <=} lower).
	 */
	public Optional<Direction> betterDirection() {
		Optional<Direction> declared = direction();
		if (declared.isPresent()) {
			return declared;
		}
		List<Direction> implied = targets.stream().map(TargetFacts::directionOf).flatMap(Optional::stream).distinct()
				.toList();
		return implied.size() == 1 ? Optional.of(implied.get(0)) : Optional.empty();
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

	/** The position of the latest date; of several on that date, the one written last (a later update). */
	public Optional<Position> latestPosition() {
		List<Position> all = positions();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** Where a position stands against the milestone or target in force at its date. */
	public Optional<Standing> standing(Position position) {
		return Standing.of(position, this);
	}

	/** The latest baseline dated on or before {@code day}; with no day, the latest baseline. */
	public Optional<Baseline> baselineOn(Optional<LocalDate> day) {
		Baseline result = null;
		for (Baseline baseline : baselines()) {
			Optional<LocalDate> date = dayOf(baseline);
			if (day.isEmpty() || date.isEmpty() || !date.get().isAfter(day.get())) {
				result = baseline;
			}
		}
		return Optional.ofNullable(result);
	}

	/** The milestone before {@code milestone} in date order that has a date and a number. */
	public Optional<Milestone> milestoneBefore(Milestone milestone) {
		List<Milestone> inDateOrder = milestones();
		Milestone previous = null;
		for (Milestone other : inDateOrder.subList(0, Math.max(inDateOrder.indexOf(milestone), 0))) {
			if (Quantities.number(other.getValue()).isPresent() && dayOf(other).isPresent()) {
				previous = other;
			}
		}
		return Optional.ofNullable(previous);
	}

	/** The points of {@code type} in date order; points of the same date in the order written (a stable sort). */
	private <T extends MeasurePoint> List<T> sorted(Class<T> type) {
		return points.stream().filter(type::isInstance).map(type::cast)
				.sorted(Comparator.comparing(p -> dayOf(p).orElse(LocalDate.MAX))).toList();
	}

	/** The value a baseline, milestone or position gives. */
	public static Quantity valueOf(MeasurePoint point) {
		return point.getValue();
	}

	/** The day a point stands for on a timeline: the last day of its date. */
	public static Optional<LocalDate> dayOf(MeasurePoint point) {
		return DateSpan.lastDayOf(point.getDate());
	}

	public static String textOf(MeasurePoint point) {
		return point.getText();
	}

	public static String dateOf(MeasurePoint point) {
		return point.getDate();
	}
}

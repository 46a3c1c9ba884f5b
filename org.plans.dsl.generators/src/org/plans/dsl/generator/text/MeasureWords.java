package org.plans.dsl.generator.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.facts.Cadences;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.UnitSpec;

/**
 * A measure's own words for the outputs that list its points (Markdown, the measures CSV):
 * what it is ("% of open cases · higher is better · measured monthly · source Monthly
 * audit"), its points once each, where a point is written, and how the latest position stands.
 */
public final class MeasureWords {

	private MeasureWords() {
	}

	/** "% (cases per FTE) of open cases", "count", or "" without a unit. */
	public static String unit(MeasureFacts measure) {
		UnitSpec spec = measure.measure().getUnit();
		if (spec == null) {
			return "";
		}
		return spec.getUnit().getLiteral() + (spec.getLabel() == null ? "" : " (" + spec.getLabel() + ")")
				+ (spec.getPopulation() == null ? "" : " of " + spec.getPopulation());
	}

	/** "Unit: % of open cases · Higher is better · Measured monthly · Source: Monthly audit"; "" when it says none of them. */
	public static String about(MeasureFacts measure) {
		List<String> parts = new ArrayList<>();
		String unit = unit(measure);
		if (!unit.isEmpty()) {
			parts.add("Unit: " + unit);
		}
		measure.direction().ifPresent(d -> parts.add(Words.capitalised(d.getLiteral()) + " is better"));
		measure.frequency().ifPresent(f -> parts.add("Measured " + Cadences.describe(f)));
		measure.source().ifPresent(s -> parts.add("Source: " + s));
		return String.join(" · ", parts);
	}

	/**
	 * Baselines, then milestones, then positions, each in date order; a point written twice
	 * (a milestone in the measure and in a target's block) once, as the other outputs list it.
	 */
	public static List<MeasurePoint> points(MeasureFacts measure) {
		Map<String, MeasurePoint> once = new LinkedHashMap<>();
		List<MeasurePoint> all = new ArrayList<>(measure.baselines());
		all.addAll(measure.milestones());
		all.addAll(measure.positions());
		all.forEach(p -> once.putIfAbsent(Words.pointKind(p) + " " + Words.point(p), p));
		return List.copyOf(once.values());
	}

	/** The key of the action a point is written in ("1.1", "#3"), or "" for one in a measure or a block's target. */
	public static String writtenIn(PlanFacts plan, MeasurePoint point) {
		Action action = Plans.ancestor(point, Action.class);
		return action == null ? "" : plan.action(action).map(plan::key).orElse("");
	}

	/** How a position stands against the milestone or target in force ({@link Words#standing}); "" when there is none. */
	public static String against(MeasureFacts measure, MeasurePoint point) {
		return point instanceof Position position ? measure.standing(position).map(Words::standing).orElse("") : "";
	}

	/**
	 * The latest position and how it stands, as the report's caption says them: "25% at 2021-06:
	 * below target; 25% against > 50% due by 2021-09: not yet due"; empty without a position.
	 */
	public static Optional<String> latest(MeasureFacts measure) {
		return measure.latestPosition().map(p -> Words.point(p)
				+ measure.standing(p).map(s -> "; " + Words.standing(s)).orElse(""));
	}
}

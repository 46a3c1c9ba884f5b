package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PointFacts;
import org.plans.dsl.facts.Quantities;
import org.plans.dsl.facts.Standing;
import org.plans.dsl.facts.Standing.Goal;
import org.plans.dsl.facts.Standing.Judgement;
import org.plans.dsl.plans.Baseline;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Position;
import org.plans.dsl.plans.Unit;
import org.plans.dsl.rules.Rule;

/** Positions against the milestone or target in force, verdicts against numbers, milestones against baselines. */
public class PositionRules extends PlanRules {

	@Check
	public void positionReachesGoal(Position position) {
		MeasureFacts measure = measureFacts(MeasureFacts.measureOf(position));
		Optional<Standing> standing = measure == null ? Optional.empty() : measure.standing(position);
		if (standing.isEmpty() || !standing.get().isBehind() || standing.get().verdictContradicts()) {
			return;
		}
		String message = "This position (" + number(standing.get().number().get(), measure) + " at " + position.getDate()
				+ ") is behind " + describe(standing.get().goal(), measure) + ".";
		if (standing.get().isAcknowledged()) {
			reportAtMost(Rule.Level.INFO, Rule.POSITION_BEHIND_GOAL,
					message + " The plan already says so; say in the position's text what is being done about it.",
					position, MEASURE_POINT__VALUE);
		} else {
			report(Rule.POSITION_BEHIND_GOAL, message
					+ " Say so on the position (below-target or off-track, or a red or amber RAG) and what is being done, or check the number.",
					position, MEASURE_POINT__VALUE);
		}
	}

	@Check
	public void verdictMatchesNumber(Position position) {
		MeasureFacts measure = measureFacts(MeasureFacts.measureOf(position));
		Optional<Standing> standing = measure == null ? Optional.empty() : measure.standing(position);
		if (standing.isEmpty() || !standing.get().verdictContradicts()) {
			return;
		}
		String verdict = PointFacts.verdict(position).get().getLiteral();
		String fact = standing.get().judgement() == Judgement.REACHED ? "reaches" : "is behind";
		report(Rule.VERDICT_CONTRADICTS_VALUE, "This position says '" + verdict + "', but its number ("
				+ number(standing.get().number().get(), measure) + ") " + fact + " " + describe(standing.get().goal(), measure)
				+ ". Correct the verdict or the number.", position, POSITION__VERDICT);
	}

	@Check
	public void milestoneBeatsBaseline(Milestone milestone) {
		MeasureFacts measure = measureFacts(MeasureFacts.measureOf(milestone));
		Optional<BigDecimal> value = Quantities.number(milestone.getValue());
		if (measure == null || value.isEmpty() || measure.betterDirection().isEmpty()) {
			return;
		}
		Direction better = measure.betterDirection().get();
		Optional<Baseline> baseline = measure.baselineOn(MeasureFacts.dayOf(milestone));
		Optional<BigDecimal> base = baseline.flatMap(b -> Quantities.number(b.getValue()));
		if (base.isPresent() && Quantities.isBetter(base.get(), value.get(), better)) {
			report(Rule.MILESTONE_BELOW_BASELINE, "This milestone (" + number(value.get(), measure) + " by "
					+ milestone.getDate() + ") is worse than the baseline of " + measure.measure().getName() + " ("
					+ number(base.get(), measure) + " at " + baseline.get().getDate() + "), but " + better.getLiteral()
					+ " is better. Check the numbers, or the measure's 'higher/lower is better'.", milestone,
					MEASURE_POINT__VALUE);
		}
	}

	private static String describe(Goal goal, MeasureFacts measure) {
		String what = goal.isMilestone() ? "the milestone" : "the target";
		String value = goal.upper().isPresent()
				? "between " + number(goal.value(), measure) + " and " + number(goal.upper().get(), measure)
				: goal.comparator().map(c -> c.getLiteral() + " ").orElse("") + number(goal.value(), measure);
		String due = goal.dueText() != null ? " due by " + goal.dueText() : goal.due().isPresent() ? "" : " (a standing rate)";
		return what + " of " + value + due;
	}

	private static String number(BigDecimal value, MeasureFacts measure) {
		return value.stripTrailingZeros().toPlainString() + (measure.unit().filter(u -> u == Unit.PERCENT).isPresent() ? "%" : "");
	}
}

package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.facts.Quantities;
import org.plans.dsl.facts.TargetFacts;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Baseline;
import org.plans.dsl.plans.Direction;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Quantity;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Unit;
import org.plans.dsl.rules.Rule;

/** Measurability: targets have a number and a date, values fit their measure, milestones head for the target. */
public class MeasurabilityRules extends PlanRules {

	@Check
	public void targetIsMeasurable(Target target) {
		Action action = Plans.ancestor(target, Action.class);
		TargetFacts facts = TargetFacts.of(target, action == null ? Optional.empty() : facts(action).deadline());
		if (facts.isMeasurable()) {
			return;
		}
		String missing = target.getMeasure() == null || !facts.hasGoal()
				? (facts.date().isPresent() ? "no measure and number" : "no measure, number or date")
				: "no date (neither its own 'by' date nor a deadline on its action)";
		report(Rule.TARGET_NOT_MEASURABLE, "This target has " + missing
				+ ", so nobody can tell whether it was met. Write it as: target <measure> >= 80% by 2025-03 (the measure declared with 'measure').",
				target, target.getMeasure() == null ? TARGET__TEXT : TARGET__MEASURE);
	}

	@Check
	public void percentageInRange(Quantity quantity) {
		if (Quantities.isImpossiblePercentage(quantity, Quantities.measureOf(quantity))) {
			String message = quantity.getTotal() == null ? quantity.getValue().toPlainString()
					+ "% is not a possible percentage. A percentage is between 0 and 100; if this is a count, give the measure another unit."
					: quantity.getValue().toPlainString() + " of " + quantity.getTotal().toPlainString()
							+ " is not a possible share: the part is more than the whole (or below 0). Check the two numbers.";
			report(Rule.PERCENTAGE_OUT_OF_RANGE, message, quantity, QUANTITY__VALUE);
		}
	}

	@Check
	public void unitMatchesMeasure(Quantity quantity) {
		Measure measure = Quantities.measureOf(quantity);
		Optional<Unit> written = Quantities.writtenUnit(quantity);
		boolean shareOfBaseline = Quantities.isChangeAmount(quantity) && written.filter(u -> u == Unit.PERCENT).isPresent();
		if (measure == null || measure.getUnit() == null || written.isEmpty() || shareOfBaseline) {
			return;
		}
		Unit expected = measure.getUnit().getUnit();
		if (written.get() != expected) {
			report(Rule.UNIT_MISMATCH, "Measure " + measure.getName() + " is measured in " + expected.getLiteral()
					+ ", but this value is written in " + written.get().getLiteral() + ". Write it in "
					+ expected.getLiteral() + ", or change the measure's unit.", quantity, QUANTITY__UNIT);
		}
	}

	@Check
	public void milestoneHeadsForTarget(Milestone milestone) {
		MeasureFacts measure = measureFacts(MeasureFacts.measureOf(milestone));
		if (measure == null || measure.betterDirection().isEmpty() || Quantities.number(milestone.getValue()).isEmpty()) {
			return;
		}
		Direction better = measure.betterDirection().get();
		Milestone previous = measure.milestoneBefore(milestone).orElse(null);
		if (previous != null && DateSpan.parse(milestone.getDate()).isPresent()
				&& Quantities.isBetter(previous.getValue().getValue(), milestone.getValue().getValue(), better)) {
			report(Rule.MILESTONE_WRONG_WAY, "This milestone (" + milestone.getValue().getValue().toPlainString()
					+ " by " + milestone.getDate() + ") is worse than the one before it ("
					+ previous.getValue().getValue().toPlainString() + " by " + previous.getDate() + "), but "
					+ better.getLiteral() + " is better for " + measure.measure().getName()
					+ ". Check the numbers, or the measure's 'higher/lower is better'.", milestone, MEASURE_POINT__VALUE);
		}
	}

	@Check
	public void targetBeatsBaseline(Target target) {
		MeasureFacts measure = measureFacts(target.getMeasure());
		if (measure == null) {
			return;
		}
		Optional<Direction> better = measure.betterDirection();
		Optional<Baseline> baseline = measure.baselineOn(DateSpan.lastDayOf(target.getDate()));
		Optional<BigDecimal> base = baseline.flatMap(b -> Quantities.number(b.getValue()));
		Optional<BigDecimal> goal = TargetFacts.of(target, Optional.empty()).goal(base, better);
		if (better.isEmpty() || base.isEmpty() || goal.isEmpty()) {
			return;
		}
		if (Quantities.isBetter(base.get(), goal.get(), better.get())) {
			report(Rule.TARGET_BELOW_BASELINE, "This target (" + goal.get().toPlainString()
					+ ") is less ambitious than the baseline of " + measure.measure().getName() + " ("
					+ base.get().toPlainString() + " at " + baseline.get().getDate() + "), and " + better.get().getLiteral()
					+ " is better. Set a target better than the baseline, or check the measure's direction.", target,
					target.getValue() != null ? TARGET__VALUE : TARGET__MEASURE);
		}
	}
}

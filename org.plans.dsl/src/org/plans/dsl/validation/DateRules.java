package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.validation.Check;
import org.plans.dsl.conversion.DateWords;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.When;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Covers;
import org.plans.dsl.plans.Due;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.MeasurePoint;
import org.plans.dsl.plans.Milestone;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Start;
import org.plans.dsl.plans.Target;
import org.plans.dsl.plans.Timing;
import org.plans.dsl.rules.Rule;

/** Dates: real, in order, and inside the period the plan covers. */
public class DateRules extends PlanRules {

	private static final List<String> DATE_FEATURES = List.of("date", "from", "to");

	@Check
	public void datesAreReal(EObject obj) {
		for (EAttribute attribute : obj.eClass().getEAllAttributes()) {
			if (DATE_FEATURES.contains(attribute.getName()) && attribute.getEType() == EcorePackage.Literals.ESTRING) {
				String text = (String) obj.eGet(attribute);
				if (text != null && DateSpan.parse(text).isEmpty()) {
					report(Rule.IMPOSSIBLE_DATE, "'" + text
							+ "' is not a real date. Write a day, month, quarter, season or financial year that exists, such as 2019-12-31, 2019-12, 2019-Q3, 2019-autumn, 2019/20 or 2019/20-Q2.",
							obj, attribute);
				}
			}
		}
	}

	@Check
	public void dateNotOnlyWords(Timing timing) {
		if (timing.getDate() == null && timing.getText() != null && (timing.eContainer() instanceof Due || timing.eContainer() instanceof Start)) {
			String word = timing.eContainer() instanceof Due ? "due" : "start";
			DateWords.asWritten(timing.getText()).ifPresent(date -> report(Rule.DATE_IN_WORDS, "'" + word + " \""
					+ timing.getText() + "\"' is only words, so there is no date to judge by. Write " + word + " " + date + ".", timing,
					TIMING__TEXT));
		}
	}

	@Check
	public void startsBeforeDeadline(Action action) {
		ActionFacts facts = facts(action);
		Optional<LocalDate> start = facts.start().firstDay();
		Optional<LocalDate> deadline = facts.deadline();
		if (start.isPresent() && deadline.isPresent() && start.get().isAfter(deadline.get())) {
			report(Rule.START_AFTER_DEADLINE, Labels.start(action) + " starts (" + facts.start().date().get()
					+ ") after its deadline (" + facts.due().date().get() + "). Correct the start or the due date.",
					Members.first(action, Start.class).get().getWhen(), TIMING__DATE);
		}
	}

	@Check
	public void deadlineInPlanPeriod(Due due) {
		// this due's own date: an action may have a second, half-written one; "immediately" is the issue date
		When when = When.of(due.getWhen(), plan(due).calendar());
		if (when.date().isPresent() && !when.from() && !when.immediately()) {
			checkInPeriod(due.getWhen(), TIMING__DATE, when.date().get(), "The deadline of " + Labels.of(due.eContainer()));
		}
	}

	@Check
	public void milestoneInPlanPeriod(Milestone milestone) {
		plan(milestone).span(milestone.getDate())
				.ifPresent(date -> checkInPeriod(milestone, MEASURE_POINT__DATE, date, "This milestone"));
	}

	@Check
	public void progressInPlanPeriod(Progress progress) {
		plan(progress).span(progress.getDate())
				.ifPresent(date -> checkInPeriod(progress, PROGRESS__DATE, date, "This progress entry"));
	}

	private void checkInPeriod(EObject obj, EStructuralFeature feature, DateSpan date, String what) {
		PlanFacts plan = plan(obj);
		Optional<DateSpan> from = plan.coversFrom();
		Optional<DateSpan> to = plan.coversTo();
		if (from.isEmpty() || to.isEmpty()) {
			return;
		}
		if (date.last().isBefore(from.get().first())) {
			report(Rule.OUTSIDE_PLAN_PERIOD, what + " (" + date + ") is before the start of the plan's period ("
					+ from.get() + "). Correct the date, or widen the plan's 'covers' line.", obj, feature);
		} else if (date.first().isAfter(to.get().last())) {
			report(Rule.OUTSIDE_PLAN_PERIOD, what + " (" + date + ") is after the end of the plan's period ("
					+ to.get() + "). Correct the date, or widen the plan's 'covers' line.", obj, feature);
		}
	}

	@Check
	public void progressInOrder(Action action) {
		inOrder(Members.of(action, Progress.class), "progress entry");
	}

	@Check
	public void milestonesInOrder(Measure measure) {
		inOrder(Members.of(measure, Milestone.class), "milestone");
	}

	@Check
	public void targetMilestonesInOrder(Target target) {
		inOrder(target.getPoints().stream().filter(Milestone.class::isInstance).toList(), "milestone");
	}

	@Check
	public void actionMilestonesInOrder(Action action) {
		inOrder(Members.of(action, Milestone.class), "milestone");
	}

	/** Reports each entry written after one with a later date. */
	private void inOrder(List<? extends EObject> entries, String what) {
		DateSpan latest = null;
		for (EObject entry : entries) {
			Optional<DateSpan> date = plan(entry).span(dateOf(entry));
			if (date.isEmpty()) {
				continue;
			}
			if (latest != null && date.get().compareTo(latest) < 0) {
				report(Rule.OUT_OF_ORDER, "This " + what + " (" + date.get() + ") is written after one dated "
						+ latest + ". Put them in date order, oldest first.", entry,
						entry instanceof Progress ? PROGRESS__DATE : MEASURE_POINT__DATE);
			} else {
				latest = date.get();
			}
		}
	}

	private static String dateOf(EObject entry) {
		return entry instanceof Progress p ? p.getDate() : ((MeasurePoint) entry).getDate();
	}

	@Check
	public void progressNotAfterAsOf(Progress progress) {
		Optional<LocalDate> asOf = asOf(progress);
		Optional<DateSpan> date = plan(progress).span(progress.getDate());
		if (asOf.isPresent() && date.isPresent() && date.get().first().isAfter(asOf.get())) {
			report(Rule.PROGRESS_AFTER_AS_OF, "This progress entry is dated " + date.get()
					+ ", after the date the plan is reported as of (" + asOf.get()
					+ "). Correct the entry's date, or move the plan's 'as of' date forward.", progress, PROGRESS__DATE);
		}
	}

	@Check
	public void periodInOrder(Covers covers) {
		Optional<DateSpan> from = plan(covers).span(covers.getFrom());
		Optional<DateSpan> to = plan(covers).span(covers.getTo());
		if (from.isPresent() && to.isPresent() && from.get().first().isAfter(to.get().last())) {
			report(Rule.PERIOD_ENDS_BEFORE_START, "The plan's period ends (" + to.get() + ") before it starts ("
					+ from.get() + "). Write the start first: covers " + to.get() + " to " + from.get(), covers, COVERS__TO);
		}
	}
}

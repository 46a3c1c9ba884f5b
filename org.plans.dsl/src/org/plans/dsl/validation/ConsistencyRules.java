package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.Plans;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.DependsOn;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Progress;
import org.plans.dsl.plans.Rag;
import org.plans.dsl.plans.Status;
import org.plans.dsl.plans.StatusItem;
import org.plans.dsl.rules.Rule;

/** Consistency: status agrees with RAG, red and amber are explained, dependencies can be met. */
public class ConsistencyRules extends PlanRules {

	@Check
	public void completeIsNotRed(Action action) {
		ActionFacts facts = facts(action);
		if (facts.isComplete() && facts.latestRag().filter(rag -> rag == Rag.RED).isPresent()) {
			report(Rule.COMPLETE_BUT_RED, Labels.start(action)
					+ " is marked complete, but its latest RAG rating is red. Add a progress entry with a blue or green rating, or correct the status.",
					statusElement(action), null);
		}
	}

	@Check
	public void blueIsComplete(Action action) {
		ActionFacts facts = facts(action);
		Optional<Status> status = facts.status();
		if (facts.latestRag().filter(rag -> rag == Rag.BLUE).isPresent() && status.isPresent()
				&& status.get() != Status.COMPLETE) {
			report(Rule.BLUE_BUT_NOT_COMPLETE, Labels.start(action)
					+ " has a blue (complete) RAG rating, but its status is " + status.get().getLiteral()
					+ ". Write: status complete, or give the RAG rating that fits.", statusElement(action), null);
		}
	}

	/** The status line, else the latest progress entry, else the action. */
	private EObject statusElement(Action action) {
		Optional<StatusItem> status = Members.of(action, StatusItem.class).stream().reduce((a, b) -> b);
		if (status.isPresent()) {
			return status.get();
		}
		return facts(action).latestProgress().map(EObject.class::cast).orElse(action);
	}

	@Check
	public void redOrAmberIsExplained(Progress progress) {
		if (Plans.isWritten(progress, "rag") && (progress.getRag() == Rag.RED || progress.getRag() == Rag.AMBER)
				&& (progress.getText() == null || progress.getText().isBlank())) {
			report(Rule.RAG_WITHOUT_NOTE, "This " + progress.getRag().getLiteral()
					+ " progress entry has no note. Say what is wrong and what is being done, such as: progress "
					+ (progress.getDate() == null ? "2024-09" : progress.getDate()) + " " + progress.getRag().getLiteral()
					+ " \"Fewer applicants than hoped; second campaign in October\"", progress, PROGRESS__RAG);
		}
	}

	@Check
	public void noDependencyCycles(PlanFile file) {
		reportPlanFindings(file, Rule.DEPENDENCY_CYCLE, "cycles", List.of(Action.class, DependsOn.class),
				ConsistencyRules::cycleFindings);
	}

	private static List<Finding> cycleFindings(PlanFacts plan) {
		List<Finding> findings = new ArrayList<>();
		for (List<Action> cycle : DependencyCycles.of(plan)) {
			Set<Action> members = Collections.newSetFromMap(new IdentityHashMap<>());
			members.addAll(cycle);
			String message = "These actions depend on each other in a circle (" + Labels.list(cycle)
					+ "), so none of them can finish first. Remove one of the 'depends on' links.";
			for (Action action : cycle) {
				for (DependsOn dependsOn : Members.of(action, DependsOn.class)) {
					for (int i = 0; i < dependsOn.getActions().size(); i++) {
						if (members.contains(dependsOn.getActions().get(i))) {
							findings.add(new Finding(dependsOn, DEPENDS_ON__ACTIONS, i, message));
						}
					}
				}
			}
		}
		return findings;
	}

	@Check
	public void dueAfterDependencies(DependsOn dependsOn) {
		Action action = (Action) dependsOn.eContainer();
		Optional<LocalDate> deadline = facts(action).deadline();
		for (int i = 0; i < dependsOn.getActions().size() && deadline.isPresent(); i++) {
			Action other = dependsOn.getActions().get(i);
			if (other.eIsProxy() || other.eResource() == null) {
				continue;
			}
			ActionFacts otherFacts = facts(other);
			if (otherFacts.deadline().filter(d -> d.isAfter(deadline.get())).isPresent()) {
				report(Rule.DUE_BEFORE_DEPENDENCY, Labels.start(action) + " is due by "
						+ facts(action).due().date().get() + " but depends on " + Labels.of(other)
						+ ", which is due later (" + otherFacts.due().date().get()
						+ "). Move one of the due dates, or remove the dependency.", dependsOn, DEPENDS_ON__ACTIONS, i);
			}
		}
	}
}

package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.Action;
import org.plans.dsl.plans.Board;
import org.plans.dsl.plans.Due;
import org.plans.dsl.plans.Measure;
import org.plans.dsl.plans.Objective;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.plans.Priority;
import org.plans.dsl.plans.Source;
import org.plans.dsl.plans.Start;
import org.plans.dsl.rules.Rule;

/** Structure: names are unique, priorities and objectives hold actions, actions have a lead and one deadline. */
public class StructureRules extends PlanRules {

	/** What has a name that must be unique: an edit of nothing else (a lead, a date) leaves duplicates as they were. */
	private static final List<Class<? extends EObject>> DECLARATIONS = List.of(Party.class, Measure.class,
			Source.class, Priority.class, Objective.class, Action.class);

	@Check
	public void uniqueNames(PlanFile file) {
		reportPlanFindings(file, Rule.DUPLICATE_NAME, "names", DECLARATIONS, plan -> duplicates(plan, false));
		reportPlanFindings(file, Rule.DUPLICATE_ACTION, "actions", DECLARATIONS, plan -> duplicates(plan, true));
	}

	private static List<Finding> duplicates(PlanFacts plan, boolean actions) {
		List<Finding> findings = new ArrayList<>();
		for (List<EObject> same : plan.duplicates()) {
			if ((same.get(0) instanceof Action) != actions) {
				continue;
			}
			String name = SimpleAttributeResolver.NAME_RESOLVER.apply(same.get(0));
			for (EObject obj : same) {
				String others = same.stream().filter(o -> o != obj).limit(8).map(Labels::where)
						.collect(Collectors.joining(", ")) + (same.size() > 9 ? " and " + (same.size() - 9) + " more" : "");
				String message = actions
						? "Action " + name + " is numbered twice in plan " + plan.id() + " (also at " + others
								+ "). Give each action its own number."
						: "The name '" + name + "' is declared more than once in plan " + plan.id() + " (also at "
								+ others + "). Rename or remove one of them.";
				findings.add(new Finding(obj, nameFeature(obj), message));
			}
		}
		return findings;
	}

	private static EStructuralFeature nameFeature(EObject obj) {
		return obj.eClass().getEStructuralFeature("name");
	}

	@Check
	public void priorityHasObjectivesOrActions(Priority priority) {
		if (Members.of(priority, Objective.class).isEmpty() && Members.of(priority, Action.class).isEmpty()) {
			report(Rule.PRIORITY_WITHOUT_OBJECTIVES, Labels.start(priority)
					+ " has no objectives and no actions. Add an objective with its actions, or actions directly, such as: "
					+ "action " + priority.getName() + ".1 \"What will be done\" { lead ... due 2025-03 }", priority,
					BLOCK__NAME);
		}
	}

	@Check
	public void objectiveHasActions(Objective objective) {
		if (Members.of(objective, Action.class).isEmpty()) {
			report(Rule.OBJECTIVE_WITHOUT_ACTIONS, Labels.start(objective)
					+ " has no actions. Add the actions that will achieve it, such as: action 1.1 \"What will be done\" { lead ... due 2025-03 }",
					objective, BLOCK__TITLE);
		}
	}

	@Check
	public void actionHasLead(Action action) {
		if (facts(action).leads().isEmpty() && ActionFacts.saysNoLead(action)) {
			report(Rule.ACTION_WITHOUT_LEAD, Labels.start(action)
					+ " says 'lead none': no lead is stated yet. Name who is accountable once it is agreed, such as: lead sjs",
					action, labelFeature(action));
		} else if (facts(action).leads().isEmpty()) {
			report(Rule.ACTION_WITHOUT_LEAD, Labels.start(action)
					+ " has no lead. Add a line such as: lead sjs (a person, role, team or partner declared in the plan)",
					action, labelFeature(action));
		}
	}

	@Check
	public void actionHasDeadline(Action action) {
		// a due line that could not be read is a syntax error already
		if (!facts(action).due().isGiven() && Members.first(action, Due.class).isEmpty()) {
			report(Rule.ACTION_WITHOUT_DEADLINE,
					Labels.start(action) + " has no deadline. Add a line such as: due 2019-12 (or due tbc if it is not yet agreed)",
					action, labelFeature(action));
		}
	}

	@Check
	public void oneStartAndOneDue(Action action) {
		oneLine(action, Start.class, "start", "");
		oneLine(action, Due.class, "due",
				" To move a deadline, change the due line and say why in a progress entry, such as: progress 2020-01 amber \"Deadline moved to 2020-03: recruitment delayed\"");
	}

	/** Reports every {@code keyword} line of an action after its first, which is the one that counts. */
	private <T extends EObject> void oneLine(Action action, Class<T> type, String keyword, String advice) {
		List<T> lines = Members.of(action, type);
		for (int i = 1; i < lines.size(); i++) {
			report(Rule.REPEATED_DATE_LINE, Labels.start(action) + " has more than one " + keyword
					+ " line; only the first counts (" + written(lines.get(0)) + ", at " + Labels.where(lines.get(0))
					+ "). Keep one " + keyword + " line."
					+ advice, lines.get(i), null);
		}
	}

	private static String written(EObject obj) {
		return NodeModelUtils.getTokenText(NodeModelUtils.getNode(obj));
	}

	/** An action is pointed at by its reference, or by its title when it has none. */
	static EStructuralFeature labelFeature(Action action) {
		return action.getName() != null ? BLOCK__NAME : BLOCK__TITLE;
	}

	@Check
	public void partyIsUsed(Party party) {
		if (!(party instanceof Board) && !plan(party).isReferenced(party)) {
			report(Rule.UNUSED_PARTY, Labels.start(party)
					+ " is declared but never named: not as a lead, supporter, sponsor, involved partner, team member, organisation, role or board member. Name it where it takes part, or remove the declaration.",
					party, PARTY__NAME);
		}
	}
}

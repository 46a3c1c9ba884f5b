package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.Party;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.rules.Rule;

/** Workload: no lead has more open actions due in one month than the project allows. */
public class WorkloadRules extends PlanRules {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private record LeadMonth(Party lead, YearMonth month) {
	}

	@Check
	public void leadWorkload(PlanFile file) {
		int limit = settings().maxActionsPerMonth(file.eResource());
		reportPlanFindings(file, Rule.LEAD_OVERLOADED, limit, plan -> overloaded(plan, limit));
	}

	private static List<Finding> overloaded(PlanFacts plan, int limit) {
		Map<LeadMonth, List<ActionFacts>> due = new LinkedHashMap<>();
		for (ActionFacts action : plan.actions()) {
			if (action.isClosed() || action.deadline().isEmpty()) {
				continue;
			}
			LocalDate deadline = action.deadline().get();
			YearMonth month = YearMonth.of(deadline.getYear(), deadline.getMonth());
			for (Party lead : action.leads()) {
				if (lead.eIsProxy()) {
					continue; // an unresolved lead is reported by PLAN-002
				}
				due.computeIfAbsent(new LeadMonth(lead, month), k -> new ArrayList<>()).add(action);
			}
		}
		List<Finding> findings = new ArrayList<>();
		due.forEach((key, actions) -> {
			if (actions.size() > limit) {
				String refs = Labels.list(actions.stream().map(ActionFacts::action).toList());
				String message = Labels.start(key.lead()) + " leads " + actions.size() + " open actions due in "
						+ key.month().format(MONTH) + " (" + refs + "), more than " + limit
						+ ". Spread the due dates or share the lead (the limit is workload.max-actions-per-month in plans.properties).";
				if (plan.files().contains(rootOf(key.lead()))) {
					findings.add(new Finding(key.lead(), PARTY__NAME, message));
				} else {
					LeadItem item = Members.first(actions.get(0).action(), LeadItem.class).orElse(null);
					findings.add(item == null ? new Finding(actions.get(0).action(), BLOCK__TITLE, message)
							: new Finding(item, LEAD_ITEM__LEADS, message));
				}
			}
		});
		return findings;
	}

	private static Object rootOf(Party party) {
		return party.eContainer();
	}
}

package org.plans.dsl.validation;

import static org.plans.dsl.plans.PlansPackage.Literals.*;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.DueByLead;
import org.plans.dsl.facts.DueByLead.LeadMonth;
import org.plans.dsl.facts.Members;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.facts.UpdatableValue;
import org.plans.dsl.plans.LeadItem;
import org.plans.dsl.plans.PlanFile;
import org.plans.dsl.validation.PlanRules.Finding;

/**
 * The leads with more open actions due in one month than the limit, kept per lead and month:
 * after an edit only the months whose actions changed ({@link DueByLead#changedSince}) are
 * looked at again. Findings in the order a walk of the plan meets them: by the first action of
 * each lead's month, then by the lead's place in that action's lead line.
 */
final class LeadWorkload implements UpdatableValue {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private record Overload(Finding finding, ActionFacts first, LeadMonth key) {
	}

	private final int limit;

	private final Object index;

	private final List<PlanFile> files;

	private final Map<LeadMonth, Overload> overloaded;

	final List<Finding> findings;

	private LeadWorkload(PlanFacts plan, int limit, DueByLead due, Map<LeadMonth, Overload> overloaded) {
		this.limit = limit;
		this.index = due.version();
		this.files = plan.files();
		this.overloaded = overloaded;
		List<Overload> sorted = new ArrayList<>(overloaded.values());
		sorted.sort(Comparator.<Overload> comparingInt(o -> plan.position(o.first()))
				.thenComparingInt(o -> o.first().leads().indexOf(o.key().lead())));
		this.findings = sorted.stream().map(Overload::finding).toList();
	}

	static LeadWorkload of(PlanFacts plan, int limit) {
		DueByLead due = plan.dueByLead();
		Map<LeadMonth, Overload> overloaded = new HashMap<>();
		due.byLeadMonth().forEach((key, actions) -> check(plan, limit, key, actions, overloaded));
		return new LeadWorkload(plan, limit, due, overloaded);
	}

	/** The findings after an edit: those of the lead's months whose actions did not change kept. */
	LeadWorkload update(PlanFacts plan) {
		DueByLead due = plan.dueByLead();
		Set<LeadMonth> changed = due.changedSince(index);
		if (changed == null || !files.equals(plan.files())) {
			return of(plan, limit);
		}
		Map<LeadMonth, Overload> now = new HashMap<>(overloaded);
		for (LeadMonth key : changed) {
			now.remove(key);
			List<ActionFacts> actions = due.byLeadMonth().get(key);
			if (actions != null) {
				check(plan, limit, key, actions, now);
			}
		}
		return new LeadWorkload(plan, limit, due, now);
	}

	private static void check(PlanFacts plan, int limit, LeadMonth key, List<ActionFacts> actions,
			Map<LeadMonth, Overload> overloaded) {
		if (actions.size() <= limit) {
			return;
		}
		String refs = Labels.list(actions.stream().map(ActionFacts::action).toList());
		String message = Labels.start(key.lead()) + " leads " + actions.size() + " open actions due in "
				+ key.month().format(MONTH) + " (" + refs + "), more than " + limit
				+ ". Spread the due dates or share the lead (the limit is workload.max-actions-per-month in plans.properties).";
		Finding finding;
		if (plan.files().contains(key.lead().eContainer())) {
			finding = new Finding(key.lead(), PARTY__NAME, message);
		} else {
			LeadItem item = Members.first(actions.get(0).action(), LeadItem.class).orElse(null);
			finding = item == null ? new Finding(actions.get(0).action(), BLOCK__TITLE, message)
					: new Finding(item, LEAD_ITEM__LEADS, message);
		}
		overloaded.put(key, new Overload(finding, actions.get(0), key));
	}
}

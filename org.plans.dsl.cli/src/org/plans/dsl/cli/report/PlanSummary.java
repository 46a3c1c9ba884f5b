package org.plans.dsl.cli.report;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plans.dsl.cli.Paths;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.Party;

/** What one plan holds, and how many findings its files have: the short summary of {@code plans validate}. */
public record PlanSummary(String id, String title, List<String> files, int priorities, int objectives, int actions,
		int leads, int errors, int warnings) {

	public static PlanSummary of(PlanFacts plan, Collection<Finding> findings) {
		List<String> files = plan.files().stream().map(f -> Paths.display(f.eResource().getURI())).toList();
		Set<Party> leads = new LinkedHashSet<>();
		for (ActionFacts action : plan.actions()) {
			action.leads().stream().filter(p -> !p.eIsProxy()).forEach(leads::add);
		}
		int errors = count(findings, files, Level.ERROR);
		int warnings = count(findings, files, Level.WARNING);
		return new PlanSummary(plan.id(), plan.title(), files, plan.priorities().size(), plan.objectives().size(),
				plan.actions().size(), leads.size(), errors, warnings);
	}

	private static int count(Collection<Finding> findings, List<String> files, Level level) {
		return (int) findings.stream().filter(f -> f.level() == level && files.contains(f.path())).count();
	}
}

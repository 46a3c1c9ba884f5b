package org.plans.dsl.cli.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plans.dsl.cli.Paths;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.Party;

/** What one plan holds, and how many findings its files have: the short summary of {@code plans validate}. */
public record PlanSummary(String id, String title, List<String> files, int priorities, int objectives, int actions,
		int leads, int errors, int warnings) {

	public static PlanSummary of(PlanFacts plan, Collection<Finding> findings) {
		return of(List.of(plan), findings).get(0);
	}

	/** The summaries of {@code plans}, the findings counted by file once for all of them. */
	public static List<PlanSummary> of(List<PlanFacts> plans, Collection<Finding> findings) {
		Map<String, int[]> byFile = new HashMap<>();
		for (Finding finding : findings) {
			int column = finding.level() == Level.ERROR ? 0 : finding.level() == Level.WARNING ? 1 : -1;
			if (column >= 0) {
				byFile.computeIfAbsent(finding.path(), k -> new int[2])[column]++;
			}
		}
		return plans.stream().map(plan -> of(plan, byFile)).toList();
	}

	private static PlanSummary of(PlanFacts plan, Map<String, int[]> findingsByFile) {
		List<String> files = plan.files().stream().map(f -> Paths.display(f.eResource().getURI())).toList();
		Set<Party> leads = new LinkedHashSet<>();
		for (ActionFacts action : plan.actions()) {
			action.leads().stream().filter(p -> !p.eIsProxy()).forEach(leads::add);
		}
		int errors = 0;
		int warnings = 0;
		for (String file : new LinkedHashSet<>(files)) {
			int[] counts = findingsByFile.getOrDefault(file, new int[2]);
			errors += counts[0];
			warnings += counts[1];
		}
		return new PlanSummary(plan.id(), plan.title(), files, plan.priorities().size(), plan.objectives().size(),
				plan.actions().size(), leads.size(), errors, warnings);
	}
}

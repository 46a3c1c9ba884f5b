package org.plans.dsl.ide.contentassist;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.plans.dsl.facts.DateSpan;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.plans.PlanFile;

/** The months ({@code 2025-03}) of the period a plan covers, for completing a date. */
final class PeriodMonths {

	/** More months than this are not listed: a snippet serves better. */
	static final int MOST = 60;

	private PeriodMonths() {
	}

	/** The months from the plan's {@code covers} start to its end, or none when it gives no period. */
	static List<String> of(Resource resource) {
		if (resource == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof PlanFile file)) {
			return List.of();
		}
		PlanFacts facts = PlanFacts.of(file);
		Optional<DateSpan> from = facts.coversFrom();
		Optional<DateSpan> to = facts.coversTo();
		if (from.isEmpty() || to.isEmpty()) {
			return List.of();
		}
		List<String> months = new ArrayList<>();
		YearMonth last = YearMonth.from(to.get().last());
		for (YearMonth month = YearMonth.from(from.get().first()); !month.isAfter(last); month = month.plusMonths(1)) {
			if (months.size() == MOST) {
				return List.of();
			}
			months.add(month.toString());
		}
		return months;
	}
}

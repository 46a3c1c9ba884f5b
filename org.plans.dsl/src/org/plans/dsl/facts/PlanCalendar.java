package org.plans.dsl.facts;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plans.dsl.plans.FinancialYearStart;
import org.plans.dsl.plans.Issued;
import org.plans.dsl.plans.Plan;
import org.plans.dsl.plans.PlanFile;

/**
 * What a plan's header says about reading its dates: the month its financial years start in
 * ({@code financial year starts 2024-01}; April when not given) and the day it was issued
 * ({@code due immediately} means that day). {@link #span(String)} is the one place that turns a
 * written date into the days it covers.
 */
public record PlanCalendar(Month financialYearStart, Optional<DateSpan> issued) {

	/** Financial years from April, no issue date. */
	public static final PlanCalendar DEFAULT = new PlanCalendar(Month.APRIL, Optional.empty());

	/** The calendar the headers of one plan's files give (the first line of each kind counts). */
	public static PlanCalendar of(List<Plan> headers) {
		Month start = headers.stream().flatMap(h -> Members.of(h, FinancialYearStart.class).stream()).findFirst()
				.flatMap(f -> DateSpan.parse(f.getDate())).map(d -> d.first().getMonth()).orElse(Month.APRIL);
		Optional<DateSpan> issued = headers.stream().flatMap(h -> Members.of(h, Issued.class).stream()).findFirst()
				.flatMap(i -> DateSpan.parse(i.getDate(), start));
		return new PlanCalendar(start, issued);
	}

	/** The calendar of the plan {@code context} is written in, over the plan's files loaded beside it. */
	public static PlanCalendar of(EObject context) {
		if (context == null || !(EcoreUtil.getRootContainer(context) instanceof PlanFile file) || file.getPlan() == null) {
			return DEFAULT;
		}
		List<Plan> headers = new ArrayList<>(List.of(file.getPlan()));
		Resource resource = file.eResource();
		Map<String, List<PlanFile>> loaded = resource == null || resource.getResourceSet() == null ? null
				: LoadedPlanFiles.of(resource.getResourceSet());
		if (loaded != null) {
			for (PlanFile other : loaded.getOrDefault(file.getPlan().getName(), List.of())) {
				if (other != file) {
					headers.add(other.getPlan());
				}
			}
		} else if (resource != null && resource.getResourceSet() != null) {
			for (Resource other : Plans.resources(resource.getResourceSet())) {
				for (EObject root : other.getContents()) {
					if (root != file && root instanceof PlanFile f && f.getPlan() != null
							&& Objects.equals(f.getPlan().getName(), file.getPlan().getName())) {
						headers.add(f.getPlan());
					}
				}
			}
		}
		return of(headers);
	}

	/** The days a written date covers, read with this plan's financial year; empty when it is not a real date. */
	public Optional<DateSpan> span(String text) {
		return DateSpan.parse(text, financialYearStart);
	}
}

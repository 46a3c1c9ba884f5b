package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The whole document: the plan's header, then its parties, sources, measures, boards and priorities, its risks and its costs added up. */
@JsonInclude(Include.NON_NULL)
public record PlanJson(@JsonProperty("$schema") String schema, String id, String title, String asOf,
		String organisation, String version, String introduction, String vision, String strengths,
		DateJson issued, Covers covers, List<String> uses, List<String> notes, List<PartyJson> parties,
		List<SourceJson> sources, List<MeasureJson> measures, List<BoardJson> boards,
		List<PriorityJson> priorities, List<RiskJson> risks, CostSummaryJson costs) {

	/** The period the plan covers; either end may be missing. */
	@JsonInclude(Include.NON_NULL)
	public record Covers(DateJson from, DateJson to) {
	}
}

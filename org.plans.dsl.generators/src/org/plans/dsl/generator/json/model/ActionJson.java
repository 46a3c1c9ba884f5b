package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * An action: who leads it (or {@code noLead}: the plan says {@code lead none}), when, how it is
 * going, what it aims at and costs.
 */
@JsonInclude(Include.NON_NULL)
public record ActionJson(String key, String ref, String id, String title, List<String> leads, NoLead noLead,
		List<String> supporters, List<String> involves, WhenJson start, WhenJson due,
		String deadline, String status, String rag, boolean complete, boolean overdue, Texts texts,
		List<TargetJson> targets, List<PointJson> points, List<ProgressJson> progress, List<CostJson> costs, List<DeliverableJson> deliverables,
		List<String> dependsOn, List<String> addresses, List<String> tags, List<String> notes) {

	/** {@code lead none "words"}: the source names nobody; {@code inherited} when the objective or priority says so. */
	@JsonInclude(Include.NON_NULL)
	public record NoLead(String text, Boolean inherited) {
	}
}

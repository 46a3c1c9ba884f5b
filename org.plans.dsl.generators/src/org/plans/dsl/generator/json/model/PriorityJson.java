package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A priority (or other top-level kind) with its objectives and the actions directly under it; {@code due} when it has a deadline. */
public record PriorityJson(String ref, String kind, String title, List<String> sponsors, List<String> leads,
		Texts texts, List<String> addresses, List<String> notes,
		@JsonInclude(Include.NON_NULL) List<TargetJson> targets, List<ObjectiveJson> objectives,
		List<ActionJson> actions, @JsonInclude(Include.NON_NULL) WhenJson due) {
}

package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** An objective of a priority; {@code ref} only when the objective is named, {@code due} when it has a deadline. */
@JsonInclude(Include.NON_NULL)
public record ObjectiveJson(String ref, String title, List<String> leads, Texts texts, List<String> addresses,
		List<String> notes, @JsonInclude(Include.NON_NULL) List<TargetJson> targets, List<ActionJson> actions,
		WhenJson due) {
}

package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A recommendation or finding the plan answers. */
@JsonInclude(Include.NON_NULL)
public record SourceJson(String id, String name, String kind, String category, String under, String text, String from,
		DateJson dated, Texts texts,
		List<TargetJson> targets) {
}

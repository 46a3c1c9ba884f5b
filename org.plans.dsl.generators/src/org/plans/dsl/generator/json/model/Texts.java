package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** Descriptive texts by kind, in the order written; a kind with no text is left out. */
@JsonInclude(Include.NON_EMPTY)
public record Texts(List<String> description, List<String> outcome, List<String> indicator, List<String> success,
		List<String> resources, List<String> reporting) {
}

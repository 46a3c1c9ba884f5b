package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** An action's start or due: the words of the plan, and what they mean. */
@JsonInclude(Include.NON_NULL)
public record WhenJson(String text, DateJson date, boolean from, boolean ongoing, boolean tbc, String cadence,
		String words) {
}

package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * An action's start or due: the words of the plan, and what they mean. {@code approximate}
 * ({@code about 2022-03}), {@code immediately} (the plan's issue date) and {@code inheritedFrom}
 * (the objective or priority whose deadline an action takes) are only written when they apply.
 */
@JsonInclude(Include.NON_NULL)
public record WhenJson(String text, DateJson date, boolean from, boolean ongoing, boolean tbc, String cadence,
		String words, Boolean approximate, Boolean immediately, Boolean inherited, String inheritedFrom) {
}

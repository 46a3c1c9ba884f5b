package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A risk, with the key of the priority, objective or action it is written on. */
@JsonInclude(Include.NON_NULL)
public record RiskJson(String on, String text, String likelihood, String impact) {
}

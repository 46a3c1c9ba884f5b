package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A cost: none, an amount, or words. */
@JsonInclude(Include.NON_NULL)
public record CostJson(boolean none, QuantityJson amount, String text) {
}

package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A cost: none, an amount (up to, one-off, or per period for a duration from a year), or words. */
@JsonInclude(Include.NON_NULL)
public record CostJson(boolean none, QuantityJson amount, Boolean upTo, Boolean oneOff, String per,
		QuantityJson duration, DateJson from, String text) {
}

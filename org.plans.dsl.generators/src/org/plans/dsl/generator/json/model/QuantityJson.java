package org.plans.dsl.generator.json.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A number with the unit and currency written with it. */
@JsonInclude(Include.NON_NULL)
public record QuantityJson(BigDecimal value, String unit, String currency, Boolean approximate, BigDecimal of) {
}

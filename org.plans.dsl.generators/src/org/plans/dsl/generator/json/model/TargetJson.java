package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * What an action, objective, priority or recommendation aims at: a measure compared with a value,
 * in a range (value to upper), changed from its baseline (change and amount) or moved one way
 * (change only), by a date or per period (rate), or words, with points.
 */
@JsonInclude(Include.NON_NULL)
public record TargetJson(String measure, String comparator, QuantityJson value, QuantityJson upper, String change,
		QuantityJson amount, DateJson by, String rate, String text, List<PointJson> points) {
}

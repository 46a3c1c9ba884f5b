package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A baseline, milestone or position of a measure. */
@JsonInclude(Include.NON_NULL)
public record PointJson(String kind, String measure, String comparator, QuantityJson value, DateJson from,
		DateJson date, String label, String verdict, String rag, String text) {
}

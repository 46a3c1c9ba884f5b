package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** What an action aims at: a measure compared with a value by a date, or words, with points. */
@JsonInclude(Include.NON_NULL)
public record TargetJson(String measure, String comparator, QuantityJson value, DateJson by, String text,
		List<PointJson> points) {
}

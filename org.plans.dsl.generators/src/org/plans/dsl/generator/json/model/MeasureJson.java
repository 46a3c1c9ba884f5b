package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A measure with its unit, the direction that is better, and its points. */
@JsonInclude(Include.NON_NULL)
public record MeasureJson(String id, String name, String title, String unit, String unitLabel, String unitOf,
		String better, String measured, String source, Texts texts, List<PointJson> baselines, List<PointJson> milestones, List<PointJson> positions) {
}

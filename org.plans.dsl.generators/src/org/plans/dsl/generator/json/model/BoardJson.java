package org.plans.dsl.generator.json.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A board: who chairs it, what it oversees, whom it reports to, who leads it. */
@JsonInclude(Include.NON_NULL)
public record BoardJson(String id, String name, String title, String chair, String meets, List<String> oversees, String reportsTo,
		List<String> leads, Texts texts, List<String> notes) {
}

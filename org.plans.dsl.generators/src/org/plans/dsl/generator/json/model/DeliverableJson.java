package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** Something an action produces, with its own deadline and status. */
@JsonInclude(Include.NON_NULL)
public record DeliverableJson(String title, WhenJson due, String status) {
}

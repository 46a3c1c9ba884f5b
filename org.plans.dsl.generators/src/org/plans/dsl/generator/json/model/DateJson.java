package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A date as written and, when it is a real date, the first and last day it covers ({@code yyyy-mm-dd}). */
@JsonInclude(Include.NON_NULL)
public record DateJson(String text, String first, String last) {
}

package org.plans.dsl.generator.json.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** A progress update: its date, RAG, status and words, each only when written. */
@JsonInclude(Include.NON_NULL)
public record ProgressJson(DateJson date, String rag, String status, String text) {
}

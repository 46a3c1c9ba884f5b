package org.plans.dsl.tracker.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

/** GitLab's REST payloads for the milestones and labels the issues' quick actions name. */
public final class GitlabJson {

	private GitlabJson() {
	}

	/** {@code due_date} ({@code yyyy-mm-dd}) only when the milestone has a date. */
	public record Milestone(String title, String description,
			@JsonProperty("due_date") @JsonInclude(Include.NON_NULL) String dueDate) {
	}

	/** {@code color} is {@code #} and six hex digits. */
	public record Label(String name, String color, String description) {
	}
}

package org.plans.dsl.tracker.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Redmine's REST payloads: a version as {@code POST /projects/{id}/versions.json} takes it, an issue with its key. */
public final class RedmineJson {

	private RedmineJson() {
	}

	public record Versions(Version version) {
	}

	/** {@code due_date} only when the version has a date. */
	public record Version(String name, String description,
			@JsonProperty("due_date") @JsonInclude(Include.NON_NULL) String dueDate) {
	}

	/** An issue and where it belongs; a missing parent, version or assignee is null. */
	public record Issue(String key, @JsonProperty("parent_key") String parentKey, String version,
			@JsonProperty("assignee_login") String assigneeLogin, String status, Fields issue) {
	}

	/** The fields of the issue itself; dates are null when not known. */
	public record Fields(String subject, String description, @JsonProperty("start_date") String startDate,
			@JsonProperty("due_date") String dueDate) {
	}
}

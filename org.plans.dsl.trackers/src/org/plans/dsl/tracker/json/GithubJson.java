package org.plans.dsl.tracker.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

/** GitHub's REST payloads: a label (also the github-label-sync entry), a milestone, an issue with its key. */
public final class GithubJson {

	private GithubJson() {
	}

	/** {@code color} is six hex digits without '#'. */
	public record Label(String name, String color, String description) {
	}

	/** {@code due_on} (an ISO instant) only when the milestone has a date. */
	public record Milestone(String title, String state, String description,
			@JsonProperty("due_on") @JsonInclude(Include.NON_NULL) String dueOn) {
	}

	/** An issue and where it belongs: keys, milestone title and state, null when there is none. */
	public record Issue(String key, @JsonProperty("parent_key") String parentKey, String milestone, String state,
			Fields issue) {
	}

	/** The body of {@code POST /repos/{owner}/{repo}/issues}. */
	public record Fields(String title, String body, List<String> labels, List<String> assignees) {
	}
}

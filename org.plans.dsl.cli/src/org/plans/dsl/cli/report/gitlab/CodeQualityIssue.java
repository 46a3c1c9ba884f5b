package org.plans.dsl.cli.report.gitlab;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One issue of GitLab's code quality report (a subset of the Code Climate issue). */
public record CodeQualityIssue(String type, String description, @JsonProperty("check_name") String checkName,
		String fingerprint, String severity, List<String> categories, Location location) {

	public record Location(String path, Lines lines) {
	}

	public record Lines(int begin, int end) {
	}
}

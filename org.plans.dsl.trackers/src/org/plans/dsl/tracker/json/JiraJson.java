package org.plans.dsl.tracker.json;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Jira CSV importer's configuration file: the CSV's format, the project, and column to field mappings. */
public final class JiraJson {

	private JiraJson() {
	}

	/** {@code fieldMappings} in column order; {@code valueMappings} is left empty for the wizard. */
	public record ImporterConfig(@JsonProperty("config.version") String version,
			@JsonProperty("config.project.from.csv") String projectFromCsv,
			@JsonProperty("config.encoding") String encoding, @JsonProperty("config.email.suffix") String emailSuffix,
			@JsonProperty("config.delimiter") String delimiter, @JsonProperty("config.date.format") String dateFormat,
			@JsonProperty("config.project") Project project,
			@JsonProperty("config.field.mappings") Map<String, FieldMapping> fieldMappings,
			@JsonProperty("config.value.mappings") Map<String, Object> valueMappings) {
	}

	public record Project(@JsonProperty("project.key") String key, @JsonProperty("project.name") String name) {
	}

	public record FieldMapping(@JsonProperty("jira.field") String jiraField) {
	}
}

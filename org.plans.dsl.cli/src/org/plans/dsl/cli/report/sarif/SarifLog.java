package org.plans.dsl.cli.report.sarif;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of a SARIF 2.1.0 log that {@code plans validate --format sarif} writes: one run of
 * one tool, its rules and its results. Names and nesting are SARIF's.
 */
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

	/** {@code originalUriBaseIds} maps a base id such as {@code %SRCROOT%} to where it is. */
	public record Run(Tool tool, Map<String, ArtifactLocation> originalUriBaseIds, List<Result> results,
			String columnKind) {
	}

	public record Tool(Driver driver) {
	}

	public record Driver(String name, String version, String informationUri, List<Rule> rules) {
	}

	public record Rule(String id, String name, Message shortDescription, Message fullDescription, Message help,
			String helpUri, Configuration defaultConfiguration) {
	}

	public record Configuration(String level) {
	}

	/**
	 * {@code ruleIndex} is the rule's place in the driver's {@code rules}; {@code partialFingerprints}
	 * let a CI server match a finding across runs when lines move.
	 */
	public record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
			Map<String, String> partialFingerprints) {
	}

	public record Message(String text) {
	}

	public record Location(PhysicalLocation physicalLocation) {
	}

	public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
	}

	/**
	 * {@code uriBaseId} is left out where a base itself is described; a base may have only a
	 * {@code description} (no {@code uri}: the consumer knows where the checkout is).
	 */
	@JsonInclude(Include.NON_NULL)
	public record ArtifactLocation(String uri, String uriBaseId, Message description) {

		public ArtifactLocation(String uri, String uriBaseId) {
			this(uri, uriBaseId, null);
		}
	}

	public record Region(int startLine, int startColumn, int endLine, int endColumn) {
	}
}

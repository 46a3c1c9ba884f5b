package org.plans.dsl.cli.report;

import java.util.List;

/** Everything a run of {@code plans validate} found, for the report formats. */
public record ValidationReport(List<String> files, List<Finding> findings, List<PlanSummary> plans, Level failOn) {

	public long count(Level level) {
		return findings.stream().filter(f -> f.level() == level).count();
	}

	public List<Finding> findingsIn(String file) {
		return findings.stream().filter(f -> f.path().equals(file)).toList();
	}

	/** True if some finding is at or above {@code --fail-on}. */
	public boolean fails() {
		return findings.stream().anyMatch(f -> f.level().reaches(failOn));
	}

	public boolean fails(String file) {
		return findingsIn(file).stream().anyMatch(f -> f.level().reaches(failOn));
	}
}

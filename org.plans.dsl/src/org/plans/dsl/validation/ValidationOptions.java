package org.plans.dsl.validation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Singleton;

/**
 * What the caller tells validation: the date to judge overdue actions against
 * ({@code --as-of}) and severity overrides per rule code ("error", "warning", "info",
 * "ignore") that win over the project's config file.
 */
@Singleton
public class ValidationOptions {

	private LocalDate asOf;
	private final Map<String, String> severityOverrides = new LinkedHashMap<>();

	public Optional<LocalDate> asOf() {
		return Optional.ofNullable(asOf);
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

	public Map<String, String> severityOverrides() {
		return severityOverrides;
	}

	public void overrideSeverity(String code, String severity) {
		severityOverrides.put(code, severity);
	}
}

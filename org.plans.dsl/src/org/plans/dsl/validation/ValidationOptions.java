package org.plans.dsl.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Singleton;

/**
 * What the caller tells validation; it wins over the project's {@code plans.properties}.
 * The date to judge overdue actions against ({@code --as-of}; when not given, the plan's
 * own "as of" is used, and without either the overdue rules are skipped: validation never
 * uses today's date, so results can be reproduced); severity overrides per rule code
 * ("error", "warning", "info", "ignore"); whether warnings count as errors; and settings
 * such as {@code workload.max-actions-per-month}.
 */
@Singleton
public class ValidationOptions {

	private LocalDate asOf;
	private Boolean warningsAsErrors;
	private Path configFile;
	private final Map<String, String> severityOverrides = new LinkedHashMap<>();
	private final Map<String, String> settings = new LinkedHashMap<>();

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

	/** True or false when the caller says; empty to follow the config file (default: false). */
	public Optional<Boolean> warningsAsErrors() {
		return Optional.ofNullable(warningsAsErrors);
	}

	public void setWarningsAsErrors(Boolean warningsAsErrors) {
		this.warningsAsErrors = warningsAsErrors;
	}

	/** The {@code plans.properties} to use for every plan ({@code --config}), instead of the nearest one. */
	public Optional<Path> configFile() {
		return Optional.ofNullable(configFile);
	}

	public void setConfigFile(Path configFile) {
		this.configFile = configFile;
	}

	public Map<String, String> settings() {
		return settings;
	}

	public void overrideSetting(String key, String value) {
		settings.put(key, value);
	}

	/** Back to no caller options at all. */
	public void reset() {
		asOf = null;
		warningsAsErrors = null;
		configFile = null;
		severityOverrides.clear();
		settings.clear();
	}
}

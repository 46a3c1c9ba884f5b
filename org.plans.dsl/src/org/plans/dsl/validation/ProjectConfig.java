package org.plans.dsl.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A project's {@code plans.properties}: the nearest one found from a plan file's folder
 * upwards. Keys are rule codes ({@code PLAN-103=error|warning|info|ignore}),
 * {@code warnings-as-errors=true} and {@code workload.max-actions-per-month=5}.
 */
public record ProjectConfig(Path file, Properties properties, String readError) {

	public static final String FILE_NAME = "plans.properties";
	public static final String WARNINGS_AS_ERRORS = "warnings-as-errors";
	public static final String MAX_ACTIONS_PER_MONTH = "workload.max-actions-per-month";

	public static final ProjectConfig NONE = new ProjectConfig(null, new Properties(), null);

	/** The nearest {@code plans.properties} in {@code folder} or above it, or {@link #NONE}. */
	public static ProjectConfig find(Path folder) {
		for (Path dir = folder == null ? null : folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return read(candidate);
			}
		}
		return NONE;
	}

	static ProjectConfig read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
			return new ProjectConfig(file, properties, null);
		} catch (IOException | IllegalArgumentException e) {
			return new ProjectConfig(file, new Properties(), "cannot be read: " + e.getMessage());
		}
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(properties.getProperty(key)).map(String::trim);
	}
}

package org.plans.dsl.importer.detect;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A mapping file that overrides column detection and gives what the source lacks:
 * {@code lead = Responsible Officer, By Whom?} (role = header names), {@code ignore = Notes},
 * {@code plan.id = cambs-2024}, {@code plan.title = ...}, {@code as-of = 2024-07}.
 */
public final class Mapping {

	private final Map<String, ColumnRole> roleByHeader = new HashMap<>();
	private final Properties properties;

	private Mapping(Properties properties) {
		this.properties = properties;
		for (String key : properties.stringPropertyNames()) {
			if (key.contains(".") || key.equals("as-of")) {
				continue;
			}
			ColumnRole role;
			try {
				role = ColumnRole.byName(key);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("Unknown column role '" + key + "' in the mapping file. Use one of: "
						+ Arrays.toString(ColumnRole.values()).toLowerCase(Locale.ROOT));
			}
			for (String header : properties.getProperty(key).split(",")) {
				if (!header.isBlank()) {
					roleByHeader.put(ColumnRole.normalise(header), role);
				}
			}
		}
	}

	public static Mapping none() {
		return new Mapping(new Properties());
	}

	public static Mapping load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new Mapping(properties);
	}

	public Optional<ColumnRole> roleOf(String header) {
		return Optional.ofNullable(roleByHeader.get(ColumnRole.normalise(header)));
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(properties.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
	}
}

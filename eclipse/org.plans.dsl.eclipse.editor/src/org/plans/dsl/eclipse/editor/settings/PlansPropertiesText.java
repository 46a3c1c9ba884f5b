package org.plans.dsl.eclipse.editor.settings;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a {@code plans.properties} read and changed line by line: a changed key keeps its
 * line, a key set back to its default loses it, a new key is added at the end; comments and
 * keys this page does not manage are left as they are.
 */
public final class PlansPropertiesText {

	private static final Pattern KEY = Pattern.compile("^\\s*([^#!\\s=:][^\\s=:]*)\\s*[=:\\s]");

	private PlansPropertiesText() {
	}

	/** The settings the text holds. */
	public static Map<String, String> values(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		} catch (IOException | IllegalArgumentException e) {
			return Map.of();
		}
		Map<String, String> values = new LinkedHashMap<>();
		properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
		return values;
	}

	/** The text with these keys set; a null value removes the key's line. */
	public static String with(String text, Map<String, String> changes) {
		Map<String, String> left = new LinkedHashMap<>(changes);
		List<String> lines = new ArrayList<>();
		for (String line : text.isEmpty() ? List.<String>of() : List.of(text.split("\r?\n", -1))) {
			Matcher key = KEY.matcher(line + " ");
			if (key.find() && left.containsKey(key.group(1))) {
				String value = left.remove(key.group(1));
				if (value != null) {
					lines.add(key.group(1) + "=" + value);
				}
			} else {
				lines.add(line);
			}
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		left.forEach((key, value) -> {
			if (value != null) {
				lines.add(key + "=" + value);
			}
		});
		return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
	}
}

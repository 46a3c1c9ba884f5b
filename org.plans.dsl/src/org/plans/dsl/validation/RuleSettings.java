package org.plans.dsl.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.rules.Rule.Level;

import com.google.inject.Inject;

/**
 * The severity each rule reports with, and the rules' settings, for one plan file: the
 * caller's {@link ValidationOptions} win over the nearest {@code plans.properties}, which
 * wins over the {@link Rule}'s default.
 */
public class RuleSettings {

	public static final int DEFAULT_MAX_ACTIONS_PER_MONTH = 5;

	@Inject
	private ValidationOptions options;

	@Inject
	private IResourceScopeCache cache;

	/** The config file that applies to a resource: the caller's, else the nearest (read once per resource until it changes). */
	public ProjectConfig config(Resource resource) {
		if (resource == null) {
			return ProjectConfig.NONE;
		}
		return cache.get(ProjectConfig.class, resource, () -> options.configFile().map(ProjectConfig::read)
				.orElseGet(() -> ProjectConfig.find(folderOf(resource.getURI()))));
	}

	private static Path folderOf(URI uri) {
		return uri != null && uri.isFile() && uri.toFileString() != null ? Path.of(uri.toFileString()).getParent() : null;
	}

	public Level level(Rule rule, Resource resource) {
		Level level = Level.parse(options.severityOverrides().get(rule.code()))
				.or(() -> config(resource).get(rule.code()).flatMap(Level::parse))
				.orElse(rule.defaultLevel());
		return level == Level.WARNING && warningsAsErrors(resource) ? Level.ERROR : level;
	}

	public boolean warningsAsErrors(Resource resource) {
		return options.warningsAsErrors()
				.orElseGet(() -> config(resource).get(ProjectConfig.WARNINGS_AS_ERRORS).map(Boolean::parseBoolean).orElse(false));
	}

	public int maxActionsPerMonth(Resource resource) {
		String value = Optional.ofNullable(options.settings().get(ProjectConfig.MAX_ACTIONS_PER_MONTH))
				.or(() -> config(resource).get(ProjectConfig.MAX_ACTIONS_PER_MONTH)).orElse(null);
		Integer parsed = positiveInt(value);
		return parsed == null ? DEFAULT_MAX_ACTIONS_PER_MONTH : parsed;
	}

	private static Integer positiveInt(String value) {
		try {
			int n = Integer.parseInt(value == null ? "" : value.trim());
			return n > 0 ? n : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** What is wrong with the config file and the caller's options, in plain English. */
	public List<String> problems(Resource resource) {
		List<String> problems = new ArrayList<>();
		ProjectConfig config = config(resource);
		String where = config.file() == null ? "" : config.file().toString();
		if (config.readError() != null) {
			problems.add(where + " " + config.readError());
		}
		for (String key : config.properties().stringPropertyNames()) {
			String value = config.get(key).orElse("");
			problems.addAll(problem(where, key, value));
		}
		options.severityOverrides().forEach((code, value) -> problems.addAll(problem("the caller's options", code, value)));
		options.settings().forEach((key, value) -> problems.addAll(problem("the caller's options", key, value)));
		return problems;
	}

	private static List<String> problem(String where, String key, String value) {
		if (key.startsWith("PLAN-")) {
			Optional<Rule> rule = Rule.byCode(key);
			if (rule.isEmpty()) {
				return List.of(where + ": there is no rule " + key + ". See docs/rules.md for the codes.");
			}
			if (!rule.get().severityChangeable()) {
				return List.of(where + ": the severity of " + key
						+ " cannot be changed: a file that cannot be read or linked is always an error.");
			}
			if (Level.parse(value).isEmpty()) {
				return List.of(where + ": '" + value + "' is not a severity for " + key
						+ ". Write error, warning, info or ignore.");
			}
			return List.of();
		}
		if (key.equals(ProjectConfig.MAX_ACTIONS_PER_MONTH)) {
			return positiveInt(value) != null ? List.of()
					: List.of(where + ": " + key + " must be a whole number above 0, not '" + value + "'.");
		}
		if (key.equals(ProjectConfig.WARNINGS_AS_ERRORS)) {
			return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? List.of()
					: List.of(where + ": " + key + " must be true or false, not '" + value + "'.");
		}
		return List.of(where + ": unknown setting '" + key + "'. Known settings are rule codes (PLAN-103=warning), "
				+ ProjectConfig.WARNINGS_AS_ERRORS + " and " + ProjectConfig.MAX_ACTIONS_PER_MONTH + ".");
	}
}

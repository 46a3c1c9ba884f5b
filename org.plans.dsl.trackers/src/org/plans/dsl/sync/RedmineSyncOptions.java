package org.plans.dsl.sync;

import java.net.URI;
import java.util.Map;

import org.plans.dsl.tracker.model.TrackerMapping.Milestones;

/**
 * Where and how to sync: the Redmine base URL, the project identifier, the API key, whether
 * to only list the changes, and how actions are grouped into versions.
 */
public record RedmineSyncOptions(URI url, String project, String apiKey, boolean dryRun, Milestones milestones) {

	/** The environment variable the API key is read from. */
	public static final String API_KEY_VARIABLE = "REDMINE_API_KEY";

	public RedmineSyncOptions {
		if (url == null || url.getScheme() == null
				|| !(url.getScheme().equals("http") || url.getScheme().equals("https")) || url.getHost() == null) {
			throw new SyncException("The Redmine URL must be an http or https address, e.g. https://redmine.example.org");
		}
		if (project == null || project.isBlank()) {
			throw new SyncException("Name the Redmine project to sync into (its identifier, e.g. improvement-plan)");
		}
		if (apiKey == null || apiKey.isBlank()) {
			throw new SyncException("No Redmine API key: set " + API_KEY_VARIABLE
					+ " to the key shown under My account > API access key");
		}
		String base = url.toString();
		url = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
		milestones = milestones == null ? Milestones.DEADLINE : milestones;
	}

	/** Options with the API key taken from {@code REDMINE_API_KEY} in {@code environment}. */
	public static RedmineSyncOptions fromEnvironment(String url, String project, boolean dryRun, Milestones milestones,
			Map<String, String> environment) {
		URI uri;
		try {
			uri = URI.create(url == null ? "" : url.trim());
		} catch (IllegalArgumentException e) {
			throw new SyncException("Not a valid Redmine URL: " + url);
		}
		return new RedmineSyncOptions(uri, project, environment.get(API_KEY_VARIABLE), dryRun, milestones);
	}
}

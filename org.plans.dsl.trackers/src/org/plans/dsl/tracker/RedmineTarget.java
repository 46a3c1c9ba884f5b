package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.json.Json;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Status;
import org.plans.dsl.tracker.json.RedmineJson;

/**
 * Redmine: a CSV for Redmine's own issue import (columns named as its import form names
 * them, parents by {@code Unique ID}) and REST payloads for versions and issues. The
 * {@code plans sync redmine} engine uses the same mapping.
 */
public class RedmineTarget extends TrackerTarget {

	static final List<String> HEADER = List.of("Unique ID", "Parent task", "Tracker", "Subject", "Description",
			"Status", "Assignee", "Target version", "Start date", "Due date");

	/** The tracker every item is filed under: one of Redmine's default trackers. */
	public static final String TRACKER = "Feature";

	@Override
	public String name() {
		return "redmine";
	}

	@Override
	public String description() {
		return "Redmine issue CSV import, and versions and issues as REST payloads";
	}

	@Override
	protected void write(TrackerPlan plan, GenerationContext context, OutputFiles out) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (TrackerItem item : plan.items()) {
			rows.add(List.of(item.key(), item.parentKey() == null ? "" : item.parentKey(), TRACKER, item.title(),
					description(item), status(item), assignee(plan, item), item.milestone().orElse(""),
					item.start().map(Object::toString).orElse(""), item.due().map(Object::toString).orElse("")));
		}
		out.write("issues.csv", TrackerFormats.csv(HEADER, rows));

		List<RedmineJson.Versions> versions = plan.milestones().stream()
				.map(m -> new RedmineJson.Versions(new RedmineJson.Version(m.name(), m.description(),
						m.due().map(Object::toString).orElse(null))))
				.toList();
		out.write("versions.json", Json.writeArraysByLine(versions));

		List<RedmineJson.Issue> issues = plan.items().stream()
				.map(item -> new RedmineJson.Issue(item.key(), item.parentKey(), item.milestone().orElse(null),
						assignee(plan, item).isEmpty() ? null : assignee(plan, item), status(item),
						new RedmineJson.Fields(item.title(), description(item),
								item.start().map(Object::toString).orElse(null),
								item.due().map(Object::toString).orElse(null))))
				.toList();
		out.write("issues.json", Json.writeArraysByLine(issues));
	}

	/** The description with the key marker on its last line. */
	public static String description(TrackerItem item) {
		return item.description() + "\n" + TrackerMapping.marker(item.key());
	}

	/** The first lead's Redmine login, or empty. */
	public static String assignee(TrackerPlan plan, TrackerItem item) {
		return TrackerMapping.handles(plan.facts(), item, ContactKind.REDMINE).stream().findFirst().orElse("");
	}

	/** A status of Redmine's default data for the item's status. */
	public static String status(TrackerItem item) {
		Status status = item.status().orElse(null);
		if (status == null) {
			return item.closed() ? "Closed" : "New";
		}
		switch (status) {
		case IN_PROGRESS:
			return "In Progress";
		case ON_HOLD:
			return "Feedback";
		case COMPLETE:
			return "Closed";
		case CANCELLED:
			return "Rejected";
		default:
			return "New";
		}
	}
}

package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.plans.Status;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

		ArrayNode versions = TrackerFormats.array();
		for (TrackerMilestone m : plan.milestones()) {
			ObjectNode version = versions.addObject().putObject("version").put("name", m.name())
					.put("description", m.description());
			m.due().ifPresent(d -> version.put("due_date", d.toString()));
		}
		out.write("versions.json", TrackerFormats.json(versions));

		ArrayNode issues = TrackerFormats.array();
		for (TrackerItem item : plan.items()) {
			ObjectNode entry = issues.addObject().put("key", item.key());
			entry.put("parent_key", item.parentKey());
			entry.put("version", item.milestone().orElse(null));
			entry.put("assignee_login", assignee(plan, item).isEmpty() ? null : assignee(plan, item));
			entry.put("status", status(item));
			ObjectNode issue = entry.putObject("issue");
			issue.put("subject", item.title());
			issue.put("description", description(item));
			issue.put("start_date", item.start().map(Object::toString).orElse(null));
			issue.put("due_date", item.due().map(Object::toString).orElse(null));
		}
		out.write("issues.json", TrackerFormats.json(issues));
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

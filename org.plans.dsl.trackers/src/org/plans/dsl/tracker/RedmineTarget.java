package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.tracker.model.RedmineFields;
import org.plans.dsl.tracker.model.TrackerFormats;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerMilestone;
import org.plans.dsl.tracker.model.TrackerPlan;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Redmine: a CSV for Redmine's own issue import (columns named as its import form names
 * them, parents by {@code Unique ID}) and REST payloads for versions and issues. The
 * {@code plans sync redmine} engine uses the same mapping and {@link RedmineFields}.
 */
public class RedmineTarget extends TrackerTarget {

	static final List<String> HEADER = List.of("Unique ID", "Parent task", "Tracker", "Subject", "Description",
			"Status", "Assignee", "Target version", "Start date", "Due date");

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
			rows.add(List.of(item.key(), item.parentKey() == null ? "" : item.parentKey(), RedmineFields.TRACKER,
					item.title(), RedmineFields.description(item), RedmineFields.status(item),
					RedmineFields.assignee(plan, item), item.milestone().orElse(""),
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
			String login = RedmineFields.assignee(plan, item);
			entry.put("assignee_login", login.isEmpty() ? null : login);
			entry.put("status", RedmineFields.status(item));
			ObjectNode issue = entry.putObject("issue");
			issue.put("subject", item.title());
			issue.put("description", RedmineFields.description(item));
			issue.put("start_date", item.start().map(Object::toString).orElse(null));
			issue.put("due_date", item.due().map(Object::toString).orElse(null));
		}
		out.write("issues.json", TrackerFormats.json(issues));
	}
}

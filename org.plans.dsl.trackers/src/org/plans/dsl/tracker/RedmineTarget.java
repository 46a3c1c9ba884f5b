package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.json.Json;
import org.plans.dsl.tracker.json.RedmineJson;
import org.plans.dsl.tracker.model.RedmineFields;
import org.plans.dsl.tracker.model.TrackerFormats;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerPlan;


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

		List<RedmineJson.Versions> versions = plan.milestones().stream()
				.map(m -> new RedmineJson.Versions(new RedmineJson.Version(m.name(), m.description(),
						m.due().map(Object::toString).orElse(null))))
				.toList();
		out.write("versions.json", Json.writeArraysByLine(versions));

		List<RedmineJson.Issue> issues = plan.items().stream()
				.map(item -> new RedmineJson.Issue(item.key(), item.parentKey(), item.milestone().orElse(null),
						RedmineFields.assignee(plan, item).isEmpty() ? null : RedmineFields.assignee(plan, item),
						RedmineFields.status(item),
						new RedmineJson.Fields(item.title(), RedmineFields.description(item),
								item.start().map(Object::toString).orElse(null),
								item.due().map(Object::toString).orElse(null))))
				.toList();
		out.write("issues.json", Json.writeArraysByLine(issues));
	}
}

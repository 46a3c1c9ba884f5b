package org.plans.dsl.tracker;

import java.io.IOException;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.tracker.model.TrackerFormats;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMilestone;
import org.plans.dsl.tracker.model.TrackerPlan;
import org.plans.dsl.tracker.model.TrackerKeys;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitHub: REST API payloads for labels, milestones and issues, and a labels file for
 * {@code github-label-sync}. Issues carry their key in a hidden marker in the body.
 */
public class GithubTarget extends TrackerTarget {

	@Override
	public String name() {
		return "github";
	}

	@Override
	public String description() {
		return "GitHub labels, milestones and issues as REST payloads, plus a github-label-sync file";
	}

	@Override
	protected void write(TrackerPlan plan, GenerationContext context, OutputFiles out) throws IOException {
		ArrayNode labels = TrackerFormats.array();
		plan.labels().forEach(l -> labels.addObject().put("name", l.name()).put("color", l.color())
				.put("description", l.description()));
		out.write("labels.json", TrackerFormats.json(labels));
		out.write("github-label-sync.json", TrackerFormats.json(labels));

		ArrayNode milestones = TrackerFormats.array();
		for (TrackerMilestone m : plan.milestones()) {
			ObjectNode node = milestones.addObject().put("title", m.name()).put("state", "open")
					.put("description", m.description());
			m.due().ifPresent(d -> node.put("due_on", d + "T00:00:00Z"));
		}
		out.write("milestones.json", TrackerFormats.json(milestones));

		ArrayNode issues = TrackerFormats.array();
		for (TrackerItem item : plan.items()) {
			ObjectNode entry = issues.addObject().put("key", item.key());
			entry.put("parent_key", item.parentKey());
			entry.put("milestone", item.milestone().orElse(null));
			entry.put("state", item.closed() ? "closed" : "open");
			ObjectNode issue = entry.putObject("issue");
			issue.put("title", item.title());
			issue.put("body", body(plan, item));
			item.labels().forEach(issue.putArray("labels")::add);
			TrackerMapping.handles(plan.facts(), item, ContactKind.GITHUB).forEach(issue.putArray("assignees")::add);
		}
		out.write("issues.json", TrackerFormats.json(issues));
	}

	private static String body(TrackerPlan plan, TrackerItem item) {
		StringBuilder sb = new StringBuilder(item.description());
		plan.item(item.parentKey())
				.ifPresent(parent -> sb.append("\n**Part of:** ").append(parent.title()).append('\n'));
		return sb.append('\n').append(TrackerKeys.marker(item.key())).append('\n').toString();
	}
}

package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.json.Json;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.tracker.json.GitlabJson;
import org.plans.dsl.tracker.model.TrackerFormats;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerPlan;
import org.plans.dsl.tracker.model.TrackerText;

/**
 * GitLab: the issues CSV import (title, description, due_date) with labels, milestone,
 * assignees and state as quick actions in the description, and REST payloads for the
 * labels and milestones the quick actions name.
 */
public class GitlabTarget extends TrackerTarget {

	@Override
	public String name() {
		return "gitlab";
	}

	@Override
	public String description() {
		return "GitLab issues CSV import with quick actions, plus labels and milestones as REST payloads";
	}

	@Override
	protected void write(TrackerPlan plan, GenerationContext context, OutputFiles out) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (TrackerItem item : plan.items()) {
			rows.add(List.of(item.title(), description(plan, item), item.due().map(Object::toString).orElse("")));
		}
		out.write("issues.csv", TrackerFormats.csv(List.of("title", "description", "due_date"), rows));

		List<GitlabJson.Milestone> milestones = plan.milestones().stream().map(
				m -> new GitlabJson.Milestone(m.name(), m.description(), m.due().map(Object::toString).orElse(null)))
				.toList();
		out.write("milestones.json", Json.writeArraysByLine(milestones));

		List<GitlabJson.Label> labels = plan.labels().stream()
				.map(l -> new GitlabJson.Label(l.name(), "#" + l.color(), l.description())).toList();
		out.write("labels.json", Json.writeArraysByLine(labels));
	}

	/** Plan text first (no line of it can start a quick action), then the quick actions and the key. */
	private static String description(TrackerPlan plan, TrackerItem item) {
		StringBuilder sb = new StringBuilder(noQuickActions(item.description()));
		plan.item(item.parentKey()).ifPresent(
				parent -> sb.append("\n**Part of:** ").append(TrackerText.inline(parent.title())).append('\n'));
		sb.append('\n');
		sb.append("/label ").append(String.join(" ", item.labels().stream().map(l -> "~" + quoted(l)).toList()))
				.append('\n');
		item.milestone().ifPresent(m -> sb.append("/milestone %").append(quoted(m)).append('\n'));
		List<String> handles = TrackerMapping.handles(plan.facts(), item, ContactKind.GITLAB);
		if (!handles.isEmpty()) {
			sb.append("/assign ").append(String.join(" ", handles.stream().map(h -> "@" + h).toList())).append('\n');
		}
		if (item.closed()) {
			sb.append("/close\n");
		}
		return sb.append(TrackerKeys.marker(item.key())).append('\n').toString();
	}

	/** A backslash before a slash that opens a line: Markdown shows the slash, GitLab runs nothing. */
	static String noQuickActions(String text) {
		return text.replaceAll("(?m)^(\\s*)/", "$1\\\\/");
	}

	private static String quoted(String name) {
		return "\"" + TrackerText.oneLine(name).replace("\"", "'") + "\"";
	}
}

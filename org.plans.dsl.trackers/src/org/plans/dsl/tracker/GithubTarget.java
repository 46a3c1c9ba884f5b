package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.List;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.json.Json;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.tracker.json.GithubJson;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerPlan;
import org.plans.dsl.tracker.model.TrackerText;

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
		List<GithubJson.Label> labels = plan.labels().stream()
				.map(l -> new GithubJson.Label(l.name(), l.color(), l.description())).toList();
		out.write("labels.json", Json.writeArraysByLine(labels));
		out.write("github-label-sync.json", Json.writeArraysByLine(labels));

		List<GithubJson.Milestone> milestones = plan.milestones().stream()
				.map(m -> new GithubJson.Milestone(m.name(), "open", m.description(),
						m.due().map(d -> d + "T00:00:00Z").orElse(null)))
				.toList();
		out.write("milestones.json", Json.writeArraysByLine(milestones));

		List<GithubJson.Issue> issues = plan.items().stream()
				.map(item -> new GithubJson.Issue(item.key(), item.parentKey(), item.milestone().orElse(null),
						item.closed() ? "closed" : "open",
						new GithubJson.Fields(item.title(), body(plan, item), item.labels(),
								TrackerMapping.handles(plan.facts(), item, ContactKind.GITHUB))))
				.toList();
		out.write("issues.json", Json.writeArraysByLine(issues));
	}

	private static String body(TrackerPlan plan, TrackerItem item) {
		StringBuilder sb = new StringBuilder(item.description());
		plan.item(item.parentKey())
				.ifPresent(parent -> sb.append("\n**Part of:** ").append(TrackerText.inline(parent.title())).append('\n'));
		return sb.append('\n').append(TrackerKeys.marker(item.key())).append('\n').toString();
	}
}

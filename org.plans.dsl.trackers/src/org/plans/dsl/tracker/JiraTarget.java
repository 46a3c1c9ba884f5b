package org.plans.dsl.tracker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.generator.OutputFiles;
import org.plans.dsl.generator.json.Json;
import org.plans.dsl.plans.ContactKind;
import org.plans.dsl.tracker.json.JiraJson;
import org.plans.dsl.tracker.model.TrackerFormats;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMarkup;
import org.plans.dsl.tracker.model.TrackerPlan;
import org.plans.dsl.tracker.model.TrackerText;

/**
 * Jira: a CSV for the Jira CSV importer (priorities as epics, objectives as stories, actions
 * as sub-tasks of their objective or tasks of their epic, linked by {@code Issue Id} and
 * {@code Parent Id}) and the importer's JSON configuration file mapping its columns. Each
 * item carries its key as a {@code plans-key:...} label and in a hidden description marker.
 */
public class JiraTarget extends TrackerTarget {

	static final List<String> FIXED_COLUMNS = List.of("Issue Id", "Parent Id", "Issue Type", "Summary", "Epic Name",
			"Description", "Due Date", "Assignee", "Fix Version");

	@Override
	public String name() {
		return "jira";
	}

	@Override
	public String description() {
		return "Jira CSV importer file with epics, parent links, due dates, assignees and labels, and its configuration";
	}

	@Override
	protected void write(TrackerPlan plan, GenerationContext context, OutputFiles out) throws IOException {
		Map<String, Integer> ids = new HashMap<>();
		plan.items().forEach(item -> ids.put(item.key(), ids.size() + 1));
		int labelColumns = plan.items().stream().mapToInt(i -> i.labels().size() + 1).max().orElse(1);
		List<String> header = new ArrayList<>(FIXED_COLUMNS);
		for (int i = 0; i < labelColumns; i++) {
			header.add("Labels");
		}
		List<List<String>> rows = new ArrayList<>();
		for (TrackerItem item : plan.items()) {
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(ids.get(item.key())));
			row.add(item.parentKey() == null ? "" : String.valueOf(ids.get(item.parentKey())));
			row.add(issueType(plan, item));
			row.add(item.title());
			row.add(item.level() == TrackerItem.Level.PRIORITY ? item.title() : "");
			row.add(TrackerMarkup.jira(item.description()) + "\n" + TrackerKeys.marker(item.key()) + "\n");
			row.add(item.due().map(Object::toString).orElse(""));
			row.add(TrackerMapping.handles(plan.facts(), item, ContactKind.JIRA).stream().findFirst().orElse(""));
			row.add(item.milestone().orElse(""));
			List<String> labels = new ArrayList<>();
			labels.add(label("plans-key:" + item.key()));
			item.labels().forEach(l -> labels.add(label(l)));
			while (labels.size() < labelColumns) {
				labels.add("");
			}
			row.addAll(labels);
			rows.add(row);
		}
		out.write("issues.csv", TrackerFormats.csv(header, rows));
		out.write("importer-config.json", Json.writeArraysByLine(configuration(plan)));
	}

	private static String issueType(TrackerPlan plan, TrackerItem item) {
		return switch (item.level()) {
		case PRIORITY -> "Epic";
		case OBJECTIVE -> "Story";
		default -> plan.item(item.parentKey()).filter(p -> p.level() == TrackerItem.Level.OBJECTIVE).isPresent()
				? "Sub-task"
				: "Task";
		};
	}

	/** Jira labels cannot hold spaces. */
	static String label(String text) {
		return TrackerText.oneLine(text).replace(' ', '-');
	}

	private static JiraJson.ImporterConfig configuration(TrackerPlan plan) {
		Map<String, JiraJson.FieldMapping> fields = new LinkedHashMap<>();
		field(fields, "Issue Id", "issue-id");
		field(fields, "Parent Id", "subtask-parent-id");
		field(fields, "Issue Type", "issuetype");
		field(fields, "Summary", "summary");
		// "Epic Name" is a custom field whose id differs per site: map it in the wizard.
		field(fields, "Description", "description");
		field(fields, "Due Date", "duedate");
		field(fields, "Assignee", "assignee");
		field(fields, "Fix Version", "fixVersions");
		field(fields, "Labels", "labels");
		JiraJson.Project project = new JiraJson.Project(projectKey(plan.facts().id()),
				TrackerText.oneLine(plan.facts().title()));
		return new JiraJson.ImporterConfig("2.0", "false", "UTF-8", "@", ",", "yyyy-MM-dd", project, fields, Map.of());
	}

	private static void field(Map<String, JiraJson.FieldMapping> fields, String column, String jiraField) {
		fields.put(column, new JiraJson.FieldMapping(jiraField));
	}

	/** A Jira project key from the plan id: upper-case letters and digits, starting with a letter. */
	static String projectKey(String planId) {
		String key = planId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
			key = "P" + key;
		}
		return key.length() > 10 ? key.substring(0, 10) : key;
	}
}

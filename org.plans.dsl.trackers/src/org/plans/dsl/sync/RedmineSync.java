package org.plans.dsl.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.json.Json;
import org.plans.dsl.tracker.model.RedmineFields;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMilestone;
import org.plans.dsl.tracker.model.TrackerPlan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps a Redmine project in step with a plan through the REST API: one version per
 * milestone (deadline month or priority) and one issue per priority, objective and action,
 * with the same mapping as the {@code redmine} target. Issues are matched by the key marker
 * in their description, so a second run with an unchanged plan changes nothing.
 * Dates of parent issues are left to Redmine, which derives them from their children.
 * Nothing is ever deleted: versions and issues the plan no longer has stay as they are.
 */
public class RedmineSync {

	/** Changes a Redmine project to match {@code plan}, or with {@code dryRun} only lists the changes. */
	public SyncReport sync(PlanFacts plan, RedmineSyncOptions options) {
		return new Run(plan, options).run();
	}

	private static final class Run {

		private final PlanFacts facts;
		private final RedmineSyncOptions options;
		private final RedmineClient client;
		private final List<String> changes = new ArrayList<>();
		private final List<String> warnings = new ArrayList<>();
		private final Map<String, Integer> versionIds = new HashMap<>();
		private final Map<String, Integer> issueIds = new HashMap<>();
		private final Map<String, Optional<Integer>> userIds = new HashMap<>();
		private final Set<Integer> members = new HashSet<>();
		private final Set<Integer> closedStatusIds = new HashSet<>();
		private int projectId;
		private int trackerId;
		private Map<String, Integer> statusIds;

		Run(PlanFacts facts, RedmineSyncOptions options) {
			this.facts = facts;
			this.options = options;
			this.client = new RedmineClient(options.url(), options.apiKey());
		}

		SyncReport run() {
			client.get("/users/current.json");
			String projectPath = "/projects/" + RedmineClient.encode(options.project());
			JsonNode project = client.find(projectPath + ".json?include=trackers")
					.orElseThrow(() -> new SyncException("Redmine at " + options.url() + " has no project \""
							+ options.project() + "\" that this API key can see"))
					.path("project");
			projectId = project.path("id").asInt();
			trackerId = tracker(project);
			statusIds = statuses();
			client.all(projectPath + "/memberships.json", "memberships")
					.forEach(m -> members.add(m.path("user").path("id").asInt(-1)));
			TrackerPlan tracker = TrackerMapping.map(facts, options.milestones());
			syncVersions(projectPath, tracker);
			syncIssues(tracker);
			return new SyncReport(options.dryRun(), List.copyOf(changes), List.copyOf(warnings));
		}

		/** Redmine's "Feature" tracker when the project has it, else its first tracker. */
		private int tracker(JsonNode project) {
			JsonNode first = null;
			for (JsonNode t : project.path("trackers")) {
				if (RedmineFields.TRACKER.equalsIgnoreCase(t.path("name").asText())) {
					return t.path("id").asInt();
				}
				first = first == null ? t : first;
			}
			if (first == null) {
				throw new SyncException("Redmine project " + options.project() + " has no tracker enabled");
			}
			return first.path("id").asInt();
		}

		private Map<String, Integer> statuses() {
			Map<String, Integer> ids = new LinkedHashMap<>();
			for (JsonNode s : client.get("/issue_statuses.json").path("issue_statuses")) {
				ids.put(s.path("name").asText().toLowerCase(Locale.ROOT), s.path("id").asInt());
				if (s.path("is_closed").asBoolean()) {
					closedStatusIds.add(s.path("id").asInt());
				}
			}
			return ids;
		}

		// -------------------------------------------------------------- versions

		private void syncVersions(String projectPath, TrackerPlan tracker) {
			Map<String, JsonNode> existing = new HashMap<>();
			client.get(projectPath + "/versions.json").path("versions")
					.forEach(v -> existing.put(v.path("name").asText(), v));
			for (TrackerMilestone m : tracker.milestones()) {
				ObjectNode wanted = Json.MAPPER.createObjectNode().put("name", m.name()).put("description", m.description());
				wanted.put("due_date", m.due().map(Object::toString).orElse(null));
				JsonNode current = existing.get(m.name());
				if (current == null) {
					changes.add("create version \"" + m.name() + "\"" + m.due().map(d -> " due " + d).orElse(""));
					if (!options.dryRun()) {
						JsonNode created = client.post(projectPath + "/versions.json", wrap("version", wanted));
						versionIds.put(m.name(), created.path("version").path("id").asInt());
					}
					continue;
				}
				versionIds.put(m.name(), current.path("id").asInt());
				List<String> differ = new ArrayList<>();
				for (String field : List.of("description", "due_date")) {
					if (!Objects.equals(text(wanted.get(field)), text(current.get(field)))) {
						differ.add(field);
					}
				}
				if (!differ.isEmpty()) {
					changes.add("update version \"" + m.name() + "\": " + String.join(", ", differ));
					if (!options.dryRun()) {
						client.put("/versions/" + current.path("id").asInt() + ".json", wrap("version", wanted));
					}
				}
			}
		}

		// -------------------------------------------------------------- issues

		/**
		 * The project's issues by the key marker in their description. When several carry one key
		 * (Redmine's "Copy", or two syncs at once), the oldest is the plan's and the others are
		 * reported, never updated.
		 */
		private Map<String, JsonNode> issuesByKey(boolean report) {
			Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
			for (JsonNode issue : client.all("/issues.json?project_id=" + projectId + "&status_id=*&subproject_id=!*&sort=id",
					"issues")) {
				TrackerKeys.keyIn(issue.path("description").asText(null))
						.ifPresent(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(issue));
			}
			Map<String, JsonNode> oldest = new HashMap<>();
			byKey.forEach((key, issues) -> {
				issues.sort(Comparator.comparingInt(i -> i.path("id").asInt()));
				oldest.put(key, issues.get(0));
				if (report && issues.size() > 1) {
					List<String> copies = issues.subList(1, issues.size()).stream().map(i -> "#" + i.path("id").asInt()).toList();
					warnings.add("issue" + (copies.size() > 1 ? "s " : " ") + String.join(", ", copies) + " also carr"
							+ (copies.size() > 1 ? "y" : "ies") + " the key " + key + " (a copy, or a second sync at the same time):"
							+ " only #" + issues.get(0).path("id").asInt() + ", the oldest, is kept in step; close or delete "
							+ (copies.size() > 1 ? "the others" : "the copy") + " or remove the key from its description");
				}
			});
			return oldest;
		}

		private void syncIssues(TrackerPlan tracker) {
			Map<String, JsonNode> existing = issuesByKey(true);
			Map<String, JsonNode> recheck = null;
			Map<String, Integer> currentStatus = new HashMap<>();
			Map<String, Integer> wantedStatus = new HashMap<>();
			Set<String> created = new HashSet<>();
			Set<Integer> moved = new HashSet<>();
			for (TrackerItem item : tracker.items()) {
				JsonNode listed = existing.get(item.key());
				if (listed == null && !options.dryRun()) {
					// another sync may have created it since the list above: look again once before creating
					recheck = recheck == null ? issuesByKey(false) : recheck;
					listed = recheck.get(item.key());
					if (listed != null) {
						warnings.add("issue #" + listed.path("id").asInt() + " for " + item.key()
								+ " appeared while this sync ran (another sync?): it is updated, not created again");
					}
				}
				if (listed == null) {
					listed = movedFromFormerKey(tracker, item, existing, moved);
				}
				JsonNode current = listed;
				ObjectNode wanted = wanted(tracker, item);
				JsonNode status = wanted.remove("status_id");
				if (status != null) {
					wantedStatus.put(item.key(), status.asInt());
				}
				if (current == null) {
					changes.add("create issue " + item.key() + " \"" + item.title() + "\"");
					if (!options.dryRun()) {
						wanted.put("project_id", projectId);
						JsonNode issue = client.post("/issues.json", wrap("issue", wanted)).path("issue");
						issueIds.put(item.key(), issue.path("id").asInt());
						currentStatus.put(item.key(), issue.path("status").path("id").asInt());
						created.add(item.key());
					}
					continue;
				}
				issueIds.put(item.key(), current.path("id").asInt());
				currentStatus.put(item.key(), current.path("status").path("id").asInt());
				ObjectNode update = Json.MAPPER.createObjectNode();
				wanted.properties().forEach(field -> {
					if (!Objects.equals(text(field.getValue()), currentValue(current, field.getKey()))) {
						update.set(field.getKey(), field.getValue());
					}
				});
				if (!update.isEmpty()) {
					List<String> names = new ArrayList<>();
					names.addAll(update.propertyNames());
					changes.add("update issue #" + current.path("id").asInt() + " " + item.key() + ": "
							+ String.join(", ", names));
					if (!options.dryRun()) {
						client.put("/issues/" + current.path("id").asInt() + ".json", wrap("issue", update));
					}
				}
			}
			// Redmine gives a new issue its tracker's default status, reopens parents before
			// children and closes children before parents: statuses go last, in that order.
			List<TrackerItem> items = tracker.items();
			for (TrackerItem item : items) {
				Integer status = wantedStatus.get(item.key());
				if (status != null && !closedStatusIds.contains(status)) {
					setStatus(item, status, currentStatus, created);
				}
			}
			for (int i = items.size() - 1; i >= 0; i--) {
				Integer status = wantedStatus.get(items.get(i).key());
				if (status != null && closedStatusIds.contains(status)) {
					setStatus(items.get(i), status, currentStatus, created);
				}
			}
		}

		/**
		 * The issue an older version keyed by position for an item without a ref (now keyed by its
		 * id or title), when its subject is the item's title: its key moves, said in the dry run too.
		 * An issue of another title at that position belongs to another action and is left alone.
		 */
		private JsonNode movedFromFormerKey(TrackerPlan tracker, TrackerItem item, Map<String, JsonNode> existing,
				Set<Integer> moved) {
			Optional<String> former = tracker.formerKey(item.key());
			JsonNode issue = former.map(existing::get).orElse(null);
			if (issue == null || tracker.item(former.get()).isPresent() || !item.title().equals(issue.path("subject").asText())
					|| !moved.add(issue.path("id").asInt())) {
				return null;
			}
			changes.add("move issue #" + issue.path("id").asInt() + " from key " + former.get() + " to " + item.key()
					+ " (keys of actions without a number no longer follow their position)");
			return issue;
		}

		/** A status change; for an issue this run created it is part of "create issue". */
		private void setStatus(TrackerItem item, int status, Map<String, Integer> current, Set<String> created) {
			Integer now = current.get(item.key());
			if (now == null || now == status) {
				return;
			}
			int id = issueIds.get(item.key());
			if (!created.contains(item.key())) {
				changes.add("update issue #" + id + " " + item.key() + ": status_id");
			}
			if (!options.dryRun()) {
				client.put("/issues/" + id + ".json", wrap("issue", Json.MAPPER.createObjectNode().put("status_id", status)));
			}
		}

		/** The fields the plan decides, as Redmine's API names them. */
		private ObjectNode wanted(TrackerPlan tracker, TrackerItem item) {
			ObjectNode issue = Json.MAPPER.createObjectNode();
			issue.put("tracker_id", trackerId);
			issue.put("subject", item.title());
			issue.put("description", RedmineFields.description(item));
			Integer status = statusIds.get(RedmineFields.status(item).toLowerCase(Locale.ROOT));
			if (status == null) {
				warnings.add("no status \"" + RedmineFields.status(item) + "\" in Redmine: " + item.key()
						+ " keeps its status");
			} else {
				issue.put("status_id", status);
			}
			issue.put("assigned_to_id", assignee(tracker, item).orElse(null));
			issue.put("fixed_version_id", item.milestone().map(versionIds::get).orElse(null));
			issue.put("parent_issue_id", item.parentKey() == null ? null : issueIds.get(item.parentKey()));
			if (tracker.children(item.key()).isEmpty()) {
				// Sent even when empty: Redmine would otherwise start a new issue today.
				issue.put("start_date", item.start().map(Object::toString).orElse(null));
				issue.put("due_date", item.due().map(Object::toString).orElse(null));
			}
			return issue;
		}

		private Optional<Integer> assignee(TrackerPlan tracker, TrackerItem item) {
			String login = RedmineFields.assignee(tracker, item);
			if (login.isEmpty()) {
				return Optional.empty();
			}
			Optional<Integer> id = userIds.computeIfAbsent(login, this::userId);
			if (id.isEmpty()) {
				warnings.add("no Redmine user \"" + login + "\": " + item.key() + " left unassigned");
			} else if (!members.contains(id.get())) {
				warnings.add("Redmine user \"" + login + "\" is not a member of " + options.project() + ": " + item.key()
						+ " left unassigned");
				return Optional.empty();
			}
			return id;
		}

		private Optional<Integer> userId(String login) {
			try {
				for (JsonNode user : client.get("/users.json?name=" + RedmineClient.encode(login)).path("users")) {
					if (login.equalsIgnoreCase(user.path("login").asText())) {
						return Optional.of(user.path("id").asInt());
					}
				}
			} catch (SyncException e) {
				warnings.add("cannot look up Redmine users with this API key (" + e.getMessage() + ")");
			}
			return Optional.empty();
		}

		/** The current value of a field in an issue as the API lists it, as text. */
		private static String currentValue(JsonNode issue, String field) {
			return switch (field) {
			case "tracker_id" -> text(issue.path("tracker").get("id"));
			case "status_id" -> text(issue.path("status").get("id"));
			case "assigned_to_id" -> text(issue.path("assigned_to").get("id"));
			case "fixed_version_id" -> text(issue.path("fixed_version").get("id"));
			case "parent_issue_id" -> text(issue.path("parent").get("id"));
			case "description" -> normalise(text(issue.get("description")));
			default -> text(issue.get(field));
			};
		}

		private static String text(JsonNode node) {
			if (node == null || node.isNull() || node.isMissingNode()) {
				return null;
			}
			String text = node.asText();
			return text.isEmpty() ? null : normalise(text);
		}

		/** Redmine may store CRLF line ends and trim the end of a text. */
		private static String normalise(String text) {
			return text == null ? null : text.replace("\r\n", "\n").stripTrailing();
		}

		private static ObjectNode wrap(String name, JsonNode value) {
			ObjectNode wrapper = Json.MAPPER.createObjectNode();
			wrapper.set(name, value);
			return wrapper;
		}
	}
}

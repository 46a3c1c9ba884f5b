package org.plans.dsl.tests.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.json.Json;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.sync.RedmineClient;
import org.plans.dsl.sync.RedmineSync;
import org.plans.dsl.sync.RedmineSyncOptions;
import org.plans.dsl.sync.SyncException;
import org.plans.dsl.sync.SyncReport;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tests.tracker.TrackerProgressTest;
import org.plans.dsl.tracker.model.RedmineFields;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;
import org.plans.dsl.tracker.model.TrackerMapping.Milestones;
import org.plans.dsl.tracker.model.TrackerPlan;

import com.google.inject.Inject;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Redmine round trip against a real Redmine 5 (Debian package, SQLite), installed and
 * started by the project's scripts: sync the example plan into a new project, read the
 * issues back and compare them with the plan, sync again and see nothing change.
 * Skip with {@code -DexcludedGroups=redmine} where there is no Debian and no root.
 */
@Tag("redmine")
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class RedmineSyncTest {

	private static RedmineServer server;

	@Inject
	private PlanLoader loader;

	@BeforeAll
	static void startRedmine() {
		server = RedmineServer.start();
	}

	@AfterAll
	static void stopRedmine() {
		RedmineServer.stop();
	}

	private PlanFacts load(String text) {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("all-constructs.plan", text));
		assertEquals(List.of(), TestFiles.errors(loaded));
		return PlanFacts.of(loaded.resourceSet()).get(0);
	}

	private static String example() throws java.io.IOException {
		return java.nio.file.Files.readString(TestFiles.examples().resolve("constructs/all-constructs.plan"));
	}

	private RedmineSyncOptions options(String project, boolean dryRun) {
		return RedmineSyncOptions.fromEnvironment(server.url, project, dryRun, Milestones.DEADLINE,
				Map.of(RedmineSyncOptions.API_KEY_VARIABLE, server.apiKey));
	}

	/** A new project with every tracker, and apatel (from the start script) as a member. */
	private String newProject(RedmineClient api) {
		String identifier = "plans-it-" + System.currentTimeMillis();
		ObjectNode project = Json.MAPPER.createObjectNode();
		ObjectNode fields = project.putObject("project").put("name", identifier).put("identifier", identifier);
		api.get("/trackers.json").path("trackers").forEach(t -> fields.withArray("tracker_ids").add(t.path("id").asInt()));
		fields.putArray("enabled_module_names").add("issue_tracking");
		api.post("/projects.json", project);
		int user = api.get("/users.json?name=apatel").path("users").get(0).path("id").asInt();
		int role = api.get("/roles.json").path("roles").get(0).path("id").asInt();
		ObjectNode membership = Json.MAPPER.createObjectNode();
		membership.putObject("membership").put("user_id", user).putArray("role_ids").add(role);
		api.post("/projects/" + identifier + "/memberships.json", membership);
		return identifier;
	}

	private static Map<String, JsonNode> issuesByKey(RedmineClient api, String project) {
		Map<String, JsonNode> byKey = new HashMap<>();
		for (JsonNode issue : api.all("/issues.json?project_id=" + project + "&status_id=*", "issues")) {
			String key = TrackerKeys.keyIn(issue.path("description").asText()).orElseThrow();
			assertEquals(null, byKey.put(key, issue), "one issue per key: " + key);
		}
		return byKey;
	}

	@Test
	void roundTrip() throws Exception {
		RedmineClient api = new RedmineClient(URI.create(server.url), server.apiKey);
		String project = newProject(api);
		PlanFacts plan = load(example());
		TrackerPlan tracker = TrackerMapping.map(plan, Milestones.DEADLINE);
		RedmineSync sync = new RedmineSync();

		SyncReport dryRun = sync.sync(plan, options(project, true));
		assertTrue(dryRun.dryRun());
		assertEquals(tracker.items().size() + tracker.milestones().size(), dryRun.changes().size(), dryRun.changes()
				.toString());
		assertEquals(Map.of(), issuesByKey(api, project), "a dry run changes nothing");

		SyncReport first = sync.sync(plan, options(project, false));
		assertEquals(dryRun.changes(), first.changes());
		assertEquals(List.of(), first.warnings());

		Map<String, JsonNode> issues = issuesByKey(api, project);
		assertEquals(tracker.items().size(), issues.size());
		for (TrackerItem item : tracker.items()) {
			JsonNode issue = issues.get(item.key());
			assertEquals(item.title(), issue.path("subject").asText());
			assertEquals(RedmineFields.description(item), issue.path("description").asText().replace("\r\n", "\n"));
			assertEquals(RedmineFields.status(item), issue.path("status").path("name").asText(), item.key());
			assertEquals(item.parentKey() == null ? Optional.empty()
					: Optional.of(issues.get(item.parentKey()).path("id").asInt()),
					issue.has("parent") ? Optional.of(issue.path("parent").path("id").asInt()) : Optional.empty(),
					item.key());
			assertEquals(item.milestone().orElse(""), issue.path("fixed_version").path("name").asText(""), item.key());
			assertEquals(RedmineFields.assignee(tracker, item).isEmpty() ? "" : "Ana Patel",
					issue.path("assigned_to").path("name").asText(""), item.key());
			if (item.level() == TrackerItem.Level.ACTION) {
				assertEquals(item.due().map(Object::toString).orElse(""), issue.path("due_date").asText(""), item.key());
			}
		}
		assertTrue(issues.get("demo/1.2").path("closed_on").isTextual(), "complete action is closed");

		SyncReport second = sync.sync(plan, options(project, false));
		assertEquals(List.of(), second.changes(), "second run without plan changes");

		PlanFacts moved = load(example().replace("due 2025-03\n            description", "due 2025-06\n            description"));
		SyncReport third = sync.sync(moved, options(project, false));
		int recruit = issues.get("demo/1.1").path("id").asInt();
		assertEquals(List.of("create version \"2025-06\" due 2025-06-30",
				"update issue #" + recruit + " demo/1.1: description, fixed_version_id, due_date"), third.changes());
		assertEquals(tracker.items().size(), issuesByKey(api, project).size(), "updated, not duplicated");
		assertEquals("2025-06-30", api.get("/issues/" + recruit + ".json").path("issue").path("due_date").asText());
	}

	@Test
	void progressRagAndStatusReachTheIssues() {
		RedmineClient api = new RedmineClient(URI.create(server.url), server.apiKey);
		String project = newProject(api);
		SyncReport report = new RedmineSync().sync(load(TrackerProgressTest.PLAN), options(project, false));
		assertEquals(List.of(), report.warnings());
		Map<String, JsonNode> issues = issuesByKey(api, project);
		String recruit = issues.get("p/1.1").path("description").asText().replace("\r\n", "\n");
		assertTrue(recruit.contains("**RAG:** Red  \n") && recruit.contains("- 2024-04 Red: Behind on hiring\n"), recruit);
		String train = issues.get("p/1.2").path("description").asText().replace("\r\n", "\n");
		assertTrue(train.contains("- 2024-05 Not started: Trainer not booked\n"), train);
		assertEquals("New", issues.get("p/1.2").path("status").path("name").asText());
	}

	@Test
	void aCopiedIssueIsReportedAndNeverUpdated() {
		RedmineClient api = new RedmineClient(URI.create(server.url), server.apiKey);
		String project = newProject(api);
		PlanFacts plan = load(TrackerProgressTest.PLAN);
		RedmineSync sync = new RedmineSync();
		sync.sync(plan, options(project, false));
		JsonNode original = issuesByKey(api, project).get("p/1.1");
		ObjectNode copy = Json.MAPPER.createObjectNode();
		copy.putObject("issue").put("project_id", original.path("project").path("id").asInt())
				.put("tracker_id", original.path("tracker").path("id").asInt()).put("subject", "Copy of an action")
				.put("description", original.path("description").asText());
		int copyId = api.post("/issues.json", copy).path("issue").path("id").asInt();

		SyncReport again = sync.sync(plan, options(project, false));
		assertEquals(List.of(), again.changes(), "the original is in step; the copy is not touched");
		assertEquals(1, again.warnings().size(), again.warnings().toString());
		assertTrue(again.warnings().get(0).startsWith("issue #" + copyId + " also carries the key p/1.1"), again.warnings().toString());
		assertTrue(again.warnings().get(0).contains("only #" + original.path("id").asInt() + ", the oldest, is kept in step"),
				again.warnings().toString());
		assertEquals("Copy of an action", api.get("/issues/" + copyId + ".json").path("issue").path("subject").asText());
	}

	private static final String UNNUMBERED = String.join("\n", "plan u", "priority 1 \"Workforce\" {",
			"    action \"Hold recruitment days\" { due 2025-01 }", "    action \"Train managers\" { due 2025-02 }", "}", "");

	/** A new project with {@link #UNNUMBERED} synced into it. */
	private String unnumberedProject(RedmineClient api) {
		String project = newProject(api);
		new RedmineSync().sync(load(UNNUMBERED), options(project, false));
		return project;
	}

	/** Inserting an unnumbered action before others gives it a new issue; no other issue changes hands. */
	@Test
	void insertingAnUnnumberedActionMovesNoIssue() {
		RedmineClient api = new RedmineClient(URI.create(server.url), server.apiKey);
		String project = unnumberedProject(api);
		RedmineSync sync = new RedmineSync();
		Map<String, JsonNode> before = issuesByKey(api, project);

		PlanFacts inserted = load(UNNUMBERED.replace("    action \"Hold", "    action \"Advertise posts\" { due 2024-12 }\n    action \"Hold"));
		SyncReport again = sync.sync(inserted, options(project, false));
		assertEquals(List.of("create version \"2024-12\" due 2024-12-31",
				"create issue u/priority-1/action-advertise-posts \"Advertise posts\""),
				again.changes().stream().filter(c -> !c.startsWith("update issue #" + before.get("u/priority-1").path("id").asInt()))
						.toList());
		Map<String, JsonNode> after = issuesByKey(api, project);
		before.forEach((key, issue) -> {
			assertEquals(issue.path("id").asInt(), after.get(key).path("id").asInt(), key);
			assertEquals(issue.path("subject").asText(), after.get(key).path("subject").asText(), key);
		});
	}

	/** An issue an older version keyed by position moves to the new key when its subject is the action's title. */
	@Test
	void anIssueKeyedByPositionMovesToTheNewKey() {
		RedmineClient api = new RedmineClient(URI.create(server.url), server.apiKey);
		String project = unnumberedProject(api);
		RedmineSync sync = new RedmineSync();
		JsonNode train = issuesByKey(api, project).get("u/priority-1/action-train-managers");
		ObjectNode old = Json.MAPPER.createObjectNode();
		old.putObject("issue").put("description", "Train them\n" + TrackerKeys.marker("u/priority-1/action-2"));
		api.put("/issues/" + train.path("id").asInt() + ".json", old);

		SyncReport dryRun = sync.sync(load(UNNUMBERED), options(project, true));
		assertTrue(dryRun.changes().contains("move issue #" + train.path("id").asInt()
				+ " from key u/priority-1/action-2 to u/priority-1/action-train-managers"
				+ " (keys of actions without a number no longer follow their position)"), dryRun.changes().toString());
		assertTrue(dryRun.changes().stream().noneMatch(c -> c.startsWith("create issue")), dryRun.changes().toString());

		sync.sync(load(UNNUMBERED), options(project, false));
		assertEquals(train.path("id").asInt(), issuesByKey(api, project).get("u/priority-1/action-train-managers").path("id").asInt());
		assertEquals(List.of(), sync.sync(load(UNNUMBERED), options(project, false)).changes());
	}

	@Test
	void badKeyIsOneClearError() {
		RedmineSyncOptions wrong = RedmineSyncOptions.fromEnvironment(server.url, "plans", false, Milestones.DEADLINE,
				Map.of(RedmineSyncOptions.API_KEY_VARIABLE, "not-a-key"));
		SyncException e = assertThrows(SyncException.class, () -> new RedmineSync().sync(load("plan x"), wrong));
		assertEquals("Redmine at " + server.url + " refused the API key (HTTP 401): check REDMINE_API_KEY"
				+ " and that the REST API is enabled", e.getMessage());
	}

	@Test
	void unknownProjectIsOneClearError() {
		SyncException e = assertThrows(SyncException.class,
				() -> new RedmineSync().sync(load("plan x"), options("no-such-project", false)));
		assertEquals("Redmine at " + server.url + " has no project \"no-such-project\" that this API key can see",
				e.getMessage());
		assertFalse(e.getMessage().contains("Exception"));
	}
}

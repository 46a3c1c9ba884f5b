package org.plans.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18's flicker, tried with the reporter's client: Debian's Neovim with docs/editors.md's
 * configuration and the packaged jar. The probe (test-resources/neovim/flicker-probe.lua) records
 * every publishDiagnostics and every notification Neovim sends while the user types an unknown
 * lead letter by letter right after opening the plan, saves, types a syntax error and fixes it;
 * the first publish after each edit's last didChange must already be right, and none after it wrong.
 */
class NeovimFlickerIT {

	private static final String NVIM = "/usr/bin/nvim";

	/** The plan the user opens: an action with no lead yet. */
	private static final String PLAN = """
			plan demo "Demo"
			person sjs "Sarah-Jane Smedmor"
			priority 1 "Workforce" {
			    action 1.1 "Recruit" { due 2025-03 }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void eachEditsFirstPublishIsRight() throws Exception {
		checkEdits(run(0));
	}

	/** Typing starts while the server's first build of a folder of 3,000 other plans is still running. */
	@Test
	void eachEditsFirstPublishIsRightWhileTheFolderIsBuilt() throws Exception {
		JsonNode seen = run(3000);
		List<JsonNode> typing = step(events(seen), "type lead");
		String uri = seen.get("uri").asString();
		int firstChange = indexOf(typing, e -> "textDocument/didChange".equals(e.get("kind").asString()));
		int lastOther = typing.size() - 1;
		while (lastOther >= 0 && (!"publish".equals(typing.get(lastOther).get("kind").asString()) || isPublish(typing.get(lastOther), uri))) {
			lastOther--;
		}
		assertTrue(firstChange >= 0 && firstChange < lastOther, "the first build was over before the first didChange: " + seen);
		checkEdits(seen);
	}

	private static int indexOf(List<JsonNode> events, Predicate<JsonNode> test) {
		for (int i = 0; i < events.size(); i++) {
			if (test.test(events.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private static List<JsonNode> events(JsonNode seen) {
		List<JsonNode> events = new ArrayList<>();
		seen.get("events").forEach(events::add);
		return events;
	}

	private JsonNode run(int otherPlans) throws IOException, InterruptedException {
		EditorSession session = new EditorSession(dir, NVIM, "neovim.sh");
		Files.writeString(session.plan, PLAN);
		for (int i = 0; i < otherPlans; i++) {
			Files.writeString(session.plan.resolveSibling("other" + i + ".plan"), otherPlan(i));
		}
		Path init = session.documented("Neovim", "lua", "init.lua");
		Path probe;
		try (InputStream lua = NeovimFlickerIT.class.getResourceAsStream("/neovim/flicker-probe.lua")) {
			probe = session.write("flicker-probe.lua", new String(lua.readAllBytes(), StandardCharsets.UTF_8));
		}
		return session.run(List.of(NVIM, "--headless", "-n", "-i", "NONE", "-u", init.toString(), session.plan.toString(),
				"-c", "luafile " + probe));
	}

	private static String otherPlan(int i) {
		StringBuilder text = new StringBuilder("plan other" + i + " \"Other " + i + "\"\nperson p" + i + " \"Person " + i + "\"\n");
		for (int p = 1; p <= 5; p++) {
			text.append("priority ").append(p).append(" \"Priority ").append(p).append("\" {\n");
			for (int a = 1; a <= 4; a++) {
				text.append("    action ").append(p).append('.').append(a).append(" \"Action\" { lead p").append(i)
						.append(" due 2025-0").append(a).append(" }\n");
			}
			text.append("}\n");
		}
		return text.toString();
	}

	private static void checkEdits(JsonNode seen) {
		String uri = seen.get("uri").asString();
		List<JsonNode> events = events(seen);
		String all = seen.toString();
		Predicate<JsonNode> leadError = p -> errors(p).stream().anyMatch(m -> m.contains("PLAN-002") && m.contains("'nobody'"));
		Predicate<JsonNode> saved = p -> errors(p).size() == 1 && leadError.test(p);
		assertEquals("    action 1.1 \"Recruit\" { lead nobody due 2025-03 }", seen.get("text").get(3).asString(), all);

		firstPublishAfterLastChange(events, uri, "type lead", saved, all);
		assertTrue(publishes(events, uri, "save").stream().allMatch(saved), "a publish after :w dropped the error: " + all);
		assertTrue(events.stream().anyMatch(e -> "textDocument/didSave".equals(e.get("kind").asString())), "no didSave: " + all);
		firstPublishAfterLastChange(events, uri, "type syntax error", p -> leadError.test(p) && errors(p).size() > 1, all);
		firstPublishAfterLastChange(events, uri, "fix", saved, all);
	}

	/** In step {@code step}, the publishes of {@code uri} from the first after the last didChange on all satisfy {@code right}. */
	private static void firstPublishAfterLastChange(List<JsonNode> events, String uri, String step, Predicate<JsonNode> right,
			String all) {
		List<JsonNode> inStep = step(events, step);
		int lastChange = -1;
		for (int i = 0; i < inStep.size(); i++) {
			if ("textDocument/didChange".equals(inStep.get(i).get("kind").asString())) {
				lastChange = i;
			}
		}
		assertTrue(lastChange >= 0, "no didChange in step " + step + ": " + all);
		List<JsonNode> after = inStep.subList(lastChange + 1, inStep.size()).stream().filter(e -> isPublish(e, uri)).toList();
		assertFalse(after.isEmpty(), "no publish after the last didChange of step " + step + ": " + all);
		assertTrue(right.test(after.get(0)), "step " + step + ": the first publish after the last didChange is not right: " + all);
		assertTrue(after.stream().allMatch(right), "step " + step + ": a later publish lost it: " + all);
	}

	private static List<JsonNode> publishes(List<JsonNode> events, String uri, String step) {
		return step(events, step).stream().filter(e -> isPublish(e, uri)).toList();
	}

	/** The events after the marker of {@code step} up to the next marker. */
	private static List<JsonNode> step(List<JsonNode> events, String step) {
		List<JsonNode> inStep = new ArrayList<>();
		boolean in = false;
		for (JsonNode event : events) {
			if ("step".equals(event.get("kind").asString())) {
				in = step.equals(event.get("name").asString());
			} else if (in) {
				inStep.add(event);
			}
		}
		return inStep;
	}

	private static boolean isPublish(JsonNode event, String uri) {
		return "publish".equals(event.get("kind").asString()) && uri.equals(event.get("uri").asString());
	}

	/** The error messages of a publish ("1 CODE message"). */
	private static List<String> errors(JsonNode publish) {
		List<String> errors = new ArrayList<>();
		publish.get("messages").forEach(m -> {
			if (m.asString().startsWith("1 ")) {
				errors.add(m.asString());
			}
		});
		return errors;
	}
}

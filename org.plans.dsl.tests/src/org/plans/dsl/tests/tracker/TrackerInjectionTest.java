package org.plans.dsl.tests.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.escaping.NoFormulas;
import org.plans.dsl.tests.support.GeneratedFiles;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.TrackerKeys;
import org.plans.dsl.tracker.model.TrackerMapping;

import com.google.inject.Inject;

import tools.jackson.databind.JsonNode;

/**
 * Hostile plan text (formulas, quotes, newlines, quick actions, forged key markers) reaches
 * every tracker file as text: CSV cells never start a formula, JSON parses back to the same
 * text, GitLab runs no quick action the plan wrote, and no plan text can forge a key.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TrackerInjectionTest {

	private static final String HOSTILE = """
			plan evil "=HYPERLINK(\\"http://x\\")" { as of 2024-10-01 }
			person p "@SUM(1+1)" github "x-2" gitlab "x" redmine "r_1"
			priority 1 "+cmd|' /C calc'!A0
			second line" {
			    objective "-objective
			with newline" { action 1.9 "in objective" }
			    action 1.1 "=1+2" {
			        lead p
			        due 2025-01
			        description "line one
			/close
			  /label ~evil
			<!-- plans:key=evil/forged -->
			\\"quoted\\", with, commas"
			        tags "-tag", "@tag"
			    }
			    action "\\tTabbed" { due 2025-02 }
			    action "\\rReturn" { due 2025-02 }
			    action "=SUM(A1)" { due 2025-02 }
			}
			""";

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("evil.plan", HOSTILE));
		assertEquals(List.of(), TestFiles.errors(loaded));
		plan = PlanFacts.of(loaded.resourceSet()).get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "github", "gitlab", "jira", "azure-boards", "redmine" })
	void hostileTextStaysText(String target) throws IOException {
		SortedMap<String, String> files = GeneratedFiles.of(target, List.of(plan), Map.of());
		int items = TrackerMapping.map(plan, TrackerMapping.Milestones.DEADLINE).items().size();
		for (Map.Entry<String, String> file : files.entrySet()) {
			if (file.getKey().endsWith(".csv")) {
				List<CSVRecord> records = TrackerFilesParseBackTest.parseCsv(file.getValue());
				assertEquals(items + 1, records.size(), file.getKey());
				NoFormulas.assertNoFormulaCells(records, file.getKey());
				String all = String.join("\n", records.stream().map(r -> String.join("\u0000", r.toList())).toList());
				assertTrue(all.contains("\"quoted\", with, commas"), file.getKey());
				assertTrue(all.contains("'=SUM(A1)"), file.getKey() + " keeps the title, neutralised");
			} else {
				JsonNode json = new tools.jackson.databind.json.JsonMapper().readTree(file.getValue());
				if (file.getKey().equals("issues.json")) {
					assertTrue(json.toString().contains("=1+2"), "JSON keeps the text as it is");
				}
			}
		}
	}

	@Test
	void gitlabRunsOnlyItsOwnQuickActions() throws IOException {
		String csv = GeneratedFiles.of("gitlab", List.of(plan), Map.of()).get("evil/gitlab/issues.csv");
		CSVRecord action = TrackerFilesParseBackTest.parseCsv(csv).stream().filter(r -> r.get(0).equals("1.1 =1+2"))
				.findFirst().orElseThrow();
		String description = action.get(1);
		List<String> quickActions = description.lines().filter(l -> l.startsWith("/")).toList();
		assertEquals(List.of("/label ~\"type:action\" ~\"priority:1\" ~\"-tag\" ~\"@tag\"", "/milestone %\"2025-01\"",
				"/assign @x"), quickActions);
		assertTrue(description.contains("\\/close"), description);
		assertTrue(description.contains("  \\/label \\~evil"), description);
	}

	/** Handles the validator rejects (PLAN-109) never reach a tracker file, even when the plan is generated anyway. */
	@ParameterizedTest
	@ValueSource(strings = { "github", "gitlab", "jira", "azure-boards", "redmine" })
	void invalidHandlesAreLeftOut(String target) throws IOException {
		String text = """
				plan bad { as of 2024-10-01 }
				person p "Pat" gitlab "pat\n/close" github "gh evil" jira "=evil+1" redmine "rm evil" azure "az\nevil" email "e\nevil@x"
				priority 1 "P" { action 1.1 "A" { lead p due 2025-01 } }
				""";
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("bad.plan", text));
		assertEquals(5, TestFiles.errors(loaded).size(), TestFiles.errors(loaded)::toString);
		PlanFacts bad = PlanFacts.of(loaded.resourceSet()).get(0);
		for (Map.Entry<String, String> file : GeneratedFiles.of(target, List.of(bad), Map.of()).entrySet()) {
			assertFalse(file.getValue().contains("evil"), file.getKey() + ": " + file.getValue());
			assertFalse(file.getValue().lines().anyMatch(l -> l.startsWith("/close")), file.getKey());
		}
	}

	/** A link, image or HTML tag in plan text (say from an imported document) shows as text in every item body. */
	@Test
	void planTextInBodiesIsTextNotMarkup() {
		String text = """
				plan md "Plan [site](http://evil.example/) <b>b</b>" { as of 2024-10-01 }
				person p "<img src=http://evil.example/t.png> Pat"
				priority 1 "P ![x](http://evil.example/p.png)" {
				    action 1.1 "A <a href='http://evil.example'>x</a>" {
				        lead p
				        due 2025-01
				        description "See [the report](http://evil.example/r) ![](http://evil.example/pixel.gif)

				# Not a heading
				- not a list
				<div>html block</div> !http://evil.example/jira.png! {html}<b>x</b>{html}"
				        progress 2024-09 amber "<https://evil.example/auto> and *em*"
				    }
				}
				""";
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("md.plan", text));
		PlanFacts md = PlanFacts.of(loaded.resourceSet()).get(0);
		for (var item : TrackerMapping.map(md, TrackerMapping.Milestones.DEADLINE).items()) {
			org.jsoup.nodes.Document doc = org.plans.dsl.tests.generator.WellFormed.markdown(item.description());
			assertTrue(doc.select("a, img, b, div, h1, em").isEmpty(), item.key() + ": " + doc.body().html());
			assertFalse(item.description().contains("{html}"), "Jira's macros are escaped: " + item.description());
		}
		String body = TrackerMapping.map(md, TrackerMapping.Milestones.DEADLINE).items().stream()
				.filter(i -> i.key().equals("md/1.1")).findFirst().orElseThrow().description();
		assertTrue(body.contains("\\!http://evil.example/jira.png\\!"), "Jira's image markup is escaped: " + body);
		String shown = org.plans.dsl.tests.generator.WellFormed.markdown(body).text();
		assertTrue(shown.contains("See [the report](http://evil.example/r) ![](http://evil.example/pixel.gif)"), shown);
		assertTrue(shown.contains("# Not a heading - not a list <div>html block</div>"), shown);
	}

	@Test
	void titlesStayOnOneLine() {
		for (var item : TrackerMapping.map(plan, TrackerMapping.Milestones.DEADLINE).items()) {
			assertFalse(item.title().contains("\n") || item.title().contains("\r"), item.title());
		}
	}

	@Test
	void planTextCannotForgeAKey() {
		for (var item : TrackerMapping.map(plan, TrackerMapping.Milestones.DEADLINE).items()) {
			String withMarker = item.description() + "\n" + TrackerKeys.marker(item.key());
			assertEquals(Optional.of(item.key()), TrackerKeys.keyIn(withMarker));
			assertEquals(Optional.empty(), TrackerKeys.keyIn(item.description()), item.key());
		}
	}
}

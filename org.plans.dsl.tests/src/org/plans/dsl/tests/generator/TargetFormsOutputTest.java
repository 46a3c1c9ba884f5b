package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.facts.MeasureFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.text.Words;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.Target;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;
import com.networknt.schema.Error;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every target and point form of examples/constructs/targets.plan as the outputs print it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TargetFormsOutputTest {

	static final String EXAMPLE = "examples/constructs/targets.plan";

	@Inject
	private PlanLoader loader;

	private PlanFacts plan() {
		return Generated.context(loader, EXAMPLE, Map.of()).plans().get(0);
	}

	private static MeasureFacts measure(PlanFacts plan, String name) {
		return plan.measures().stream().filter(m -> m.measure().getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void wordsForEveryTargetForm() {
		PlanFacts plan = plan();
		List<String> targets = plan.actions().stream().flatMap(a -> a.targets().stream()).map(Words::target).toList();
		assertEquals(List.of("What carers tell us about their relationships decrease (fewer complaints about placements, dated by the action's deadline)",
				"Approved foster carers increase by 30 by 2026-03", "Agency social workers decrease by 10% by 2024-03",
				"Average caseload between 14 and 16 by 2023-03", "Average caseload ≤ about 18 by 2022-09",
				"Case files dip-sampled by managers ≥ 8 per month", "Reviews held on time ≥ 20 per quarter"), targets);
		Target onPriority = plan.priorityFacts().get(0).targets().get(0).target();
		assertEquals("Audited cases judged good or better ≥ 70% by 2022-09", Words.target(onPriority));
		assertEquals("What carers tell us about their relationships increase by 2023-03",
				Words.target(plan.objectiveFacts().get(0).targets().get(0).target()));
	}

	@Test
	void wordsForEveryPointForm() {
		PlanFacts plan = plan();
		MeasureFacts audits = measure(plan, "audits-good");
		assertEquals("at 2021-03 (Audits showed oversight improving); 45% at 2021-04", Words.points(audits.baselines()));
		assertEquals("> 50% by 2021-09; ≥ 60% by 2022-03", Words.points(audits.milestones()));
		assertEquals("25% at 2021-06: below target; 52% at 2021-09: met, green; "
				+ "61% at 2022-03 for north: on track (Cared for plans); 48% at 2022-03 for south: off track, red",
				Words.points(audits.positions()));
		assertEquals("7 over 2022-03-31 to 2022-10-31", Words.point(measure(plan, "dip-samples").positions().get(0)));
		assertEquals("10 of 11 at 2022-09", Words.point(measure(plan, "reviews").positions().get(0)));
	}

	@Test
	void eachPositionAgainstTheMilestoneInForce() {
		PlanFacts plan = plan();
		MeasureFacts audits = measure(plan, "audits-good");
		assertEquals(List.of("25% against > 50% due by 2021-09: not yet due", "52% against > 50% due by 2021-09: met",
				"61% against ≥ 60% due by 2022-03: met", "48% against ≥ 60% due by 2022-03: below target"),
				audits.positions().stream().map(p -> Words.standing(audits.standing(p).orElseThrow())).toList());
		MeasureFacts dips = measure(plan, "dip-samples");
		assertEquals("7 against ≥ 8 per month", Words.standing(dips.standing(dips.positions().get(0)).orElseThrow()),
				"a count over seven months is not judged by a monthly rate");
	}

	@Test
	void theBoardReportShowsStandingsAndTargetsBehind(@TempDir Path out) throws IOException {
		String report = Generated.run(Generated.target("report"), Generated.context(loader, EXAMPLE, Map.of()), out).values()
				.iterator().next();
		assertTrue(report.contains("48% against ≥ 60% due by 2022-03: below target"), report);
		assertTrue(report.contains("<th class=\"num\">Targets met</th><th class=\"num\">On track</th><th class=\"num\">Behind</th>"),
				report);
		// priority 1: its audits target (>= 70% by 2022-09) is behind the March milestone; the others have no number
		assertTrue(report.contains("Quality of practice</th><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
				+ "<td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">0</td>"
				+ "<td class=\"num\">0</td><td class=\"num\">1</td></tr>"),
				report);
	}

	@Test
	void jsonCarriesEveryFormAndValidates(@TempDir Path out) throws IOException {
		Map<String, String> files = Generated.run(Generated.target("json"), Generated.context(loader, EXAMPLE, Map.of()), out);
		JsonNode json = JsonMapper.builder().build().readTree(files.values().iterator().next());
		List<Error> errors = JsonTargetTest.schema().validate(json);
		assertEquals(List.of(), errors.stream().map(Error::toString).toList());

		JsonNode audits = json.get("measures").get(0);
		assertEquals("open cases", audits.get("unitOf").asString());
		assertEquals("monthly", audits.get("measured").asString());
		assertEquals("Monthly audit", audits.get("source").asString());
		JsonNode qualitative = audits.get("baselines").get(0);
		assertTrue(qualitative.get("value") == null, qualitative.toString());
		assertEquals(">", audits.get("milestones").get(0).get("comparator").asString());
		JsonNode north = audits.get("positions").get(2);
		assertEquals("north", north.get("label").asString());
		assertEquals("on-track", north.get("verdict").asString());
		assertEquals("red", audits.get("positions").get(3).get("rag").asString());

		assertEquals("audits-good", json.get("sources").get(0).get("targets").get(0).get("measure").asString());
		JsonNode priority = json.get("priorities").get(0);
		assertEquals(">=", priority.get("targets").get(0).get("comparator").asString());
		assertEquals("increase", priority.get("objectives").get(0).get("targets").get(0).get("change").asString());
		assertTrue(json.get("priorities").get(1).get("targets") == null, "no targets, no property");

		JsonNode recruit = json.get("priorities").get(1).get("actions").get(0).get("targets");
		assertEquals("increase", recruit.get(0).get("change").asString());
		assertEquals(30, recruit.get(0).get("amount").get("value").asInt());
		assertEquals("%", recruit.get(1).get("amount").get("unit").asString());
		assertEquals(16, recruit.get(2).get("upper").get("value").asInt());
		assertTrue(recruit.get(2).get("comparator") == null);
		assertTrue(recruit.get(3).get("value").get("approximate").asBoolean());
		JsonNode samples = json.get("priorities").get(1).get("actions").get(1);
		assertEquals("month", samples.get("targets").get(0).get("rate").asString());
		assertEquals("2022-03-31", samples.get("points").get(0).get("from").get("text").asString());
		assertEquals(11, samples.get("points").get(1).get("value").get("of").asInt());
	}

	@Test
	void documentsPrintPriorityAndObjectiveTargets(@TempDir Path out) {
		String markdown = Generated.run(Generated.target("markdown"), Generated.context(loader, EXAMPLE, Map.of()), out.resolve("md"))
				.values().iterator().next();
		assertTrue(markdown.contains("Target: Audited cases judged good or better ≥ 70% by 2022-09"), markdown);
		assertTrue(markdown.contains("Target: What carers tell us about their relationships increase by 2023-03"), markdown);
		String html = Generated.run(Generated.target("html"), Generated.context(loader, EXAMPLE, Map.of()), out.resolve("html"))
				.values().iterator().next();
		assertTrue(html.contains("<p class=\"target\">Target: Audited cases judged good or better ≥ 70% by 2022-09</p>"), html);
		String csv = Generated.run(Generated.target("csv"), Generated.context(loader, EXAMPLE, Map.of()), out.resolve("csv"))
				.get("targets-example.csv");
		assertTrue(csv.contains("Case files dip-sampled by managers ≥ 8 per month"), csv);
	}
}

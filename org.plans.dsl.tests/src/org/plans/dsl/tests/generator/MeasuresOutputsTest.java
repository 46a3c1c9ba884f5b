package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.escaping.NoFormulas;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;

/**
 * A plan's measures in the Markdown checklist (a "Measures" section, a table per measure), the
 * CSV target's {@code <plan>-measures.csv} (a row per point), the trackers' "Where the measures
 * stand" and the calendar's milestones: metadata, qualitative baselines, milestones with their
 * comparators, positions with verdict, RAG, label, period and fraction, and the latest position
 * against the goal in force in the board report's words. Golden files for
 * examples/constructs/measures.plan and targets.plan are in {@code resources/golden/measures/}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class MeasuresOutputsTest {

	private static final String TARGETS = "examples/constructs/targets.plan";
	private static final String GOLDEN = "org.plans.dsl.tests/resources/golden/measures";

	@Inject
	private PlanLoader loader;

	@TempDir
	private Path out;

	private Map<String, String> generate(String target, String plan) {
		return Generated.run(Generated.target(target), Generated.context(loader, plan, Map.of()),
				out.resolve(target + "-" + Path.of(plan).getFileName()));
	}

	private List<CSVRecord> measuresCsv(String plan, String file) throws IOException {
		String csv = generate("csv", plan).get(file);
		assertTrue(csv.startsWith("\uFEFFPlan,Measure,"), csv);
		assertFalse(csv.replace("\r\n", "").contains("\n"), "a bare LF: " + csv);
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1)))
				.getRecords();
	}

	@Test
	void markdownHasATablePerMeasureWithItsMetadataAndTheLatestStanding() {
		String md = generate("markdown", TARGETS).get("targets-example.md");
		assertTrue(md.contains("\n## Measures\n\n### Audited cases judged good or better\n\n"
				+ "Unit: % of open cases · Higher is better · Measured monthly · Source: Monthly audit\n\n"
				+ "| Point | Value | Date | For | Verdict | RAG | Against the goal in force | Action | Words |\n"
				+ "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
				+ "| Baseline |  | 2021-03 |  |  |  |  |  | Audits showed oversight improving |\n"
				+ "| Baseline | 45% | 2021-04 |  |  |  |  |  |  |\n"
				+ "| Milestone | \\> 50% | 2021-09 |  |  |  |  |  |  |\n"), md);
		assertTrue(md.contains("| Position | 25% | 2021-06 |  | below target |  | 25% against \\> 50% due by 2021-09: not yet due |  |  |\n"),
				md);
		assertTrue(md.contains("| Position | 48% | 2022-03 | south | off track | Red | 48% against ≥ 60% due by 2022-03: below target |  |  |\n"),
				md);
		assertTrue(md.contains("Latest position: 48% at 2022-03 for south: off track, red; 48% against ≥ 60% due by 2022-03: below target\n"),
				md);
		assertTrue(md.contains("- Target: Audited cases judged good or better ≥ 70% by 2022-09\n"), md);
		// a period, a fraction, a qualitative position, and the action each is written in
		assertTrue(md.contains("| Position | 7 | 2022-03-31 to 2022-10-31 |  |  |  | 7 against ≥ 8 per month | 2.2 |  |"), md);
		assertTrue(md.contains("| Position | 10 of 11 | 2022-09 |  |  |  | 10 of 11 against ≥ 20 per quarter | 2.2 |  |"), md);
		assertTrue(md.contains("| Position |  | 2022-09 |  |  |  |  | 1.1 | Carers report better relationships |"), md);
		Document rendered = WellFormed.markdown(md);
		assertEquals(6, rendered.select("table").size(), "a table per measure with points (caseload has none): " + rendered);
		assertEquals(9, rendered.select("table").get(0).select("thead th").size());
	}

	@Test
	void markdownTableCellsEscapePipesAndLineBreaks() {
		String md = generate("markdown", Generated.HOSTILE).get("hostile.md");
		Document rendered = WellFormed.markdown(md);
		WellFormed.assertSafe(rendered, "hostile.md");
		for (var table : rendered.select("table")) {
			int columns = table.select("thead th").size();
			table.select("tbody tr").forEach(row -> assertEquals(columns, row.select("td").size(), row.toString()));
		}
		assertTrue(md.contains("\n## Measures\n"), md);
	}

	@Test
	void csvWritesARowPerPointWithTheMeasuresFacts() throws IOException {
		List<CSVRecord> rows = measuresCsv(TARGETS, "targets-example-measures.csv");
		assertEquals(List.of("Plan", "Measure", "Measure title", "Unit", "Better", "Measured", "Source", "Point", "Comparator",
				"Value", "Number", "Out of", "Approximate", "From", "Date", "Day", "For", "Verdict", "RAG", "Against", "Standing",
				"Action", "Words"), rows.get(0).getParser().getHeaderNames());
		CSVRecord qualitative = rows.get(0);
		assertEquals("audits-good", qualitative.get("Measure"));
		assertEquals("% of open cases", qualitative.get("Unit"));
		assertEquals("higher", qualitative.get("Better"));
		assertEquals("monthly", qualitative.get("Measured"));
		assertEquals("Monthly audit", qualitative.get("Source"));
		assertEquals("baseline", qualitative.get("Point"));
		assertEquals("", qualitative.get("Value"));
		assertEquals("2021-03-31", qualitative.get("Day"));
		assertEquals("Audits showed oversight improving", qualitative.get("Words"));
		CSVRecord milestone = rows.stream().filter(r -> r.get("Point").equals("milestone")).findFirst().orElseThrow();
		assertEquals(List.of(">", "50%", "50", "2021-09", "2021-09-30"), List.of(milestone.get("Comparator"), milestone.get("Value"),
				milestone.get("Number"), milestone.get("Date"), milestone.get("Day")));
		CSVRecord south = rows.stream().filter(r -> r.get("For").equals("south")).findFirst().orElseThrow();
		assertEquals(List.of("off-track", "Red", "48% against ≥ 60% due by 2022-03: below target", "below target"),
				List.of(south.get("Verdict"), south.get("RAG"), south.get("Against"), south.get("Standing")));
		CSVRecord period = rows.stream().filter(r -> r.get("Measure").equals("dip-samples")).findFirst().orElseThrow();
		assertEquals(List.of("2022-03-31", "2022-10-31", "2.2"), List.of(period.get("From"), period.get("Date"), period.get("Action")));
		CSVRecord fraction = rows.stream().filter(r -> r.get("Measure").equals("reviews")).findFirst().orElseThrow();
		assertEquals(List.of("10 of 11", "10", "11", "no"), List.of(fraction.get("Value"), fraction.get("Number"),
				fraction.get("Out of"), fraction.get("Approximate")));
		// one row per point: the points written in the measures and on actions, each once
		assertEquals(13, rows.size(), rows::toString);
	}

	@Test
	void csvWritesNoMeasuresFileForAPlanWithoutMeasures() {
		assertEquals(List.of("actions-example.csv"), List.copyOf(generate("csv", "examples/constructs/actions.plan").keySet()));
	}

	@Test
	void csvMeasuresCellsAreQuotedAndCannotRunAsFormulas() throws IOException {
		List<CSVRecord> rows = measuresCsv(Generated.HOSTILE, "hostile-measures.csv");
		assertEquals("'-1+1 <svg onload=alert(3)>", rows.get(0).get("Measure title"));
		NoFormulas.assertNoFormulaCells(rows, "hostile-measures.csv");
	}

	@Test
	void trackersSayWhereTheMeasuresOfAnItemsTargetsStand() {
		for (String tracker : List.of("github", "gitlab", "redmine", "jira", "azure-boards")) {
			String files = String.join("\n", generate(tracker, TARGETS).values());
			assertTrue(files.contains("Where the measures stand"), tracker + ": " + files);
			assertTrue(files.contains("Audited cases judged good or better: latest position 48% at 2022-03 for south: off track, red; 48% against ≥ 60% due by 2022-03: below target"),
					tracker + ": " + files);
		}
	}

	@Test
	void calendarMilestonesCarryTheirComparator() {
		String ics = generate("ics", TARGETS).get("targets-example.ics").replace("\r\n ", "");
		assertTrue(ics.contains("SUMMARY:Milestone: Audited cases judged good or better > 50%\r\n"), ics);
		assertTrue(ics.contains("DESCRIPTION:Milestone > 50% by 2021-09\\; higher is better"), ics);
	}

	/** The Markdown and the measures CSV of the measure examples, for a reviewer to read; rewritten with -Dgolden.update=true. */
	@ParameterizedTest
	@ValueSource(strings = { "examples/constructs/measures.plan", TARGETS })
	void matchesGoldenFiles(String plan) throws IOException {
		String id = plan.endsWith("targets.plan") ? "targets-example" : "measures-example";
		Map<String, String> actual = Map.of(id + ".md", generate("markdown", plan).get(id + ".md"), id + "-measures.csv",
				generate("csv", plan).get(id + "-measures.csv"));
		GoldenDirectory.check(TestFiles.root().resolve(GOLDEN).resolve(Path.of(plan).getFileName().toString().replace(".plan", "")),
				actual);
	}
}

package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second edition's costs, risks, recommendation categories and boards that lead, as the
 * report, JSON and CSV carry them (examples/constructs/actions.plan and partners.plan).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class CostsRisksAndSourcesOutputTest {

	private static final String ACTIONS = "examples/constructs/actions.plan";
	private static final String PARTNERS = "examples/constructs/partners.plan";

	@Inject
	private PlanLoader loader;

	private String generate(String target, String example, Path out) {
		Map<String, String> files = Generated.run(Generated.target(target), Generated.context(loader, example, Map.of()), out);
		assertEquals(1, files.size());
		return files.values().iterator().next();
	}

	@Test
	void theReportAddsUpCostsByYearAndPriorityAndListsRisks(@TempDir Path out) {
		Document report = Jsoup.parse(generate("report", ACTIONS, out));
		List<String> years = report.select("table.costs").get(0).select("tbody tr").eachText();
		assertEquals(List.of("2015/16 £0 £48,000 £48,000", "2016/17 £0 £48,000 £48,000"), years.subList(0, 2));
		// 2024/25: the day rate (350 x 120, due December), the ceiling for training and the one-off review (due March 2025)
		assertEquals("2024/25 £84,000 £48,000 £132,000", years.get(years.size() - 1));
		assertEquals(10, years.size());
		assertEquals(List.of("Priority 1: Practice £84,000 £48,000 £30,000"),
				report.select("table.costs").get(1).select("tbody tr").eachText());
		assertTrue(report.text().contains("Budget: £250,000 per year from 2024/25 (Improvement fund)."), report::text);
		assertEquals(List.of("Recruitment market is tight Priority 1: Practice high medium"),
				report.select("table.risks tbody tr").eachText());
	}

	@Test
	void theJsonCarriesTheCostSummaryRisksAndRecommendationCategories(@TempDir Path out) {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode actions = mapper.readTree(generate("json", ACTIONS, out.resolve("a")));
		assertEquals("£", actions.get("costs").get("currency").asString());
		assertEquals(84000, actions.get("costs").get("priorities").get(0).get("oneOff").asInt());
		assertEquals("high", actions.get("risks").get(0).get("likelihood").asString());
		assertEquals("1", actions.get("risks").get(0).get("on").asString());
		JsonNode partners = mapper.readTree(generate("json", PARTNERS, out.resolve("p")));
		JsonNode r12 = partners.get("sources").get(1);
		assertEquals("area-for-improvement", r12.get("category").asString());
		assertEquals("r1", r12.get("under").asString());
		assertEquals("strength", partners.get("sources").get(2).get("category").asString());
	}

	@Test
	void theCsvGivesEachActionsCostsAsNumbersInThePlansCurrency(@TempDir Path out) throws IOException {
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(generate("csv", ACTIONS, out))).getRecords();
		assertEquals("42000", rows.get(0).get("One-off cost"));
		assertEquals("2024/25", rows.get(0).get("Cost from year"));
		assertEquals("48000", rows.get(1).get("Recurring cost per year"));
		assertEquals("2015/16", rows.get(1).get("Cost from year"));
		assertEquals("", rows.get(4).get("One-off cost"));
	}

	@Test
	void aBoardMayLeadAnActionAndIsListedAsABoardNotAParty(@TempDir Path out) {
		JsonNode json = JsonMapper.builder().build().readTree(generate("json", PARTNERS, out));
		assertTrue(json.get("parties").valueStream().noneMatch(p -> p.get("id").asString().equals("smt")));
		JsonNode action = json.get("priorities").get(1).get("actions").get(2);
		assertEquals("smt", action.get("leads").get(0).asString());
	}
}

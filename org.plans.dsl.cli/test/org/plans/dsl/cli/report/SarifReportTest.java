package org.plans.dsl.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** SARIF output is valid against the official SARIF 2.1.0 schema and carries rule metadata. */
class SarifReportTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void validAgainstTheSchema() throws IOException {
		JsonNode sarif = JSON.readTree(Reports.write(ReportFormat.SARIF, Reports.sample(Level.ERROR)));
		assertEquals(List.of(), SarifSchema.errors(sarif));
	}

	@Test
	void theSchemaCheckCatchesMistakes() throws IOException {
		ObjectNode sarif = (ObjectNode) JSON.readTree(Reports.write(ReportFormat.SARIF, Reports.sample(Level.ERROR)));
		((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
		assertFalse(SarifSchema.errors(sarif).isEmpty());
	}

	@Test
	void resultsAndRules() throws IOException {
		JsonNode run = JSON.readTree(Reports.write(ReportFormat.SARIF, Reports.sample(Level.ERROR))).at("/runs/0");
		assertEquals("plans", run.at("/tool/driver/name").asString());
		JsonNode rules = run.at("/tool/driver/rules");
		assertEquals(3, rules.size());
		assertEquals("PLAN-001", rules.get(0).get("id").asString());
		assertEquals("syntax", rules.get(0).get("name").asString());
		assertTrue(rules.get(0).at("/shortDescription/text").asString().length() > 10);
		JsonNode results = run.get("results");
		assertEquals(3, results.size());
		assertEquals("error", results.get(0).get("level").asString());
		assertEquals("warning", results.get(1).get("level").asString());
		assertEquals("note", results.get(2).get("level").asString());
		assertEquals(Reports.TRICKY, results.get(0).at("/message/text").asString());
		assertEquals(1, results.get(1).get("ruleIndex").asInt());
		JsonNode location = results.get(0).at("/locations/0/physicalLocation");
		assertEquals("plans/a%20b.plan", location.at("/artifactLocation/uri").asString());
		assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asString());
		assertEquals(3, location.at("/region/startLine").asInt());
		assertEquals(7, location.at("/region/startColumn").asInt());
		assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").isMissingNode(), "no absolute path of the runner: " + run);
		assertFalse(run.toString().contains("file:/"), run.toString());
		assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asString().length() > 10);
	}

	@Test
	void rulesLinkToTheirDocumentation() throws IOException {
		JsonNode run = JSON.readTree(Reports.write(ReportFormat.SARIF, Reports.sample(Level.ERROR))).at("/runs/0");
		assertEquals(SarifReport.INFORMATION_URI, run.at("/tool/driver/informationUri").asString());
		JsonNode rule = run.at("/tool/driver/rules/0");
		assertEquals(SarifReport.RULES_PAGE + "#plan-001-syntax", rule.get("helpUri").asString());
		assertEquals("The text does not follow the language's syntax. Default level: error (cannot be changed).",
				rule.at("/fullDescription/text").asString());
	}

	@Test
	void theRulesPageIsConfigurable() throws IOException {
		StringWriter out = new StringWriter();
		new SarifReport("https://plans.example.org/rules.html").write(Reports.sample(Level.ERROR), out);
		assertEquals("https://plans.example.org/rules.html#plan-001-syntax",
				JSON.readTree(out.toString()).at("/runs/0/tool/driver/rules/0/helpUri").asString());
	}

	@Test
	void fingerprintsSurviveLinesMoving() throws IOException {
		Finding moved = new Finding("plans/c.plan", 12, 5, 12, 9, Level.INFO, "PLAN-030", "Action 2 is due soon.");
		ValidationReport before = Reports.sample(Level.ERROR);
		ValidationReport after = new ValidationReport(before.files(),
				List.of(before.findings().get(0), before.findings().get(1), moved), before.plans(), Level.ERROR);
		JsonNode first = JSON.readTree(Reports.write(ReportFormat.SARIF, before)).at("/runs/0/results");
		JsonNode second = JSON.readTree(Reports.write(ReportFormat.SARIF, after)).at("/runs/0/results");
		String print = first.at("/2/partialFingerprints/plansFinding~1v1").asString();
		assertEquals(64, print.length());
		assertEquals(print, second.at("/2/partialFingerprints/plansFinding~1v1").asString());
		assertFalse(print.equals(first.at("/1/partialFingerprints/plansFinding~1v1").asString()));
	}
}

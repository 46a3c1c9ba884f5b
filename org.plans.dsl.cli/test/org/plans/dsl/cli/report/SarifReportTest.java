package org.plans.dsl.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
		assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString().startsWith("file:/"));
	}
}

package org.plans.dsl.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** SARIF output is valid against the official SARIF 2.1.0 schema and carries rule metadata. */
class SarifReportTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void validAgainstTheSchema() throws IOException {
		JsonNode sarif = JSON.readTree(Reports.write(ReportFormat.SARIF, Reports.sample(Level.ERROR)));
		assertEquals(Set.of(), SarifSchema.errors(sarif));
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
		assertEquals("plans", run.at("/tool/driver/name").asText());
		JsonNode rules = run.at("/tool/driver/rules");
		assertEquals(3, rules.size());
		assertEquals("PLAN-001", rules.get(0).get("id").asText());
		assertEquals("syntax", rules.get(0).get("name").asText());
		assertTrue(rules.get(0).at("/shortDescription/text").asText().length() > 10);
		JsonNode results = run.get("results");
		assertEquals(3, results.size());
		assertEquals("error", results.get(0).get("level").asText());
		assertEquals("warning", results.get(1).get("level").asText());
		assertEquals("note", results.get(2).get("level").asText());
		assertEquals(Reports.TRICKY, results.get(0).at("/message/text").asText());
		assertEquals(1, results.get(1).get("ruleIndex").asInt());
		JsonNode location = results.get(0).at("/locations/0/physicalLocation");
		assertEquals("plans/a%20b.plan", location.at("/artifactLocation/uri").asText());
		assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
		assertEquals(3, location.at("/region/startLine").asInt());
		assertEquals(7, location.at("/region/startColumn").asInt());
		assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText().startsWith("file:/"));
	}
}

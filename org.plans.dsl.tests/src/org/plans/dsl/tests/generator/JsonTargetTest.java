package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.plans.dsl.generator.json.JsonTarget;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON output validates against the published schema, and the schema is strict enough to matter. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class JsonTargetTest {

	/** The golden examples and every example plan (each construct file, the seeds, the plans over several files). */
	private static final List<String> EXAMPLES = Stream.concat(Generated.EXAMPLES.stream(), Stream.of("examples/constructs/actions.plan",
			"examples/constructs/costs.plan", "examples/constructs/dates.plan", "examples/constructs/dependencies.plan",
			"examples/constructs/governance.plan", "examples/constructs/header.plan", "examples/constructs/measures.plan",
			"examples/constructs/partners.plan", "examples/constructs/people.plan", "examples/constructs/progress.plan",
			"examples/constructs/recommendations.plan", "examples/constructs/structure.plan", "examples/constructs/targets.plan",
			"examples/cambridgeshire-ofsted-2024.plan", "examples/hillingdon-csc-2015.plan")).toList();
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Inject
	private PlanLoader loader;

	static Schema schema() throws IOException {
		try (InputStream in = Files.newInputStream(TestFiles.root().resolve("docs/schema/plan.schema.json"))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
	}

	private JsonNode generate(String example, Path out) {
		Map<String, String> files = Generated.run(Generated.target("json"), Generated.context(loader, example, Map.of()), out);
		assertEquals(1, files.size());
		return MAPPER.readTree(files.values().iterator().next());
	}

	@ParameterizedTest
	@FieldSource("EXAMPLES")
	void validatesAgainstTheSchema(String example, @TempDir Path out) throws IOException {
		List<Error> errors = schema().validate(generate(example, out));
		assertEquals(List.of(), errors.stream().map(Error::toString).toList());
	}

	@Test
	void schemaRejectsWhatThePlanCannotSay(@TempDir Path out) throws IOException {
		JsonNode plan = generate(Generated.EXAMPLES.get(0), out);
		JsonNode action = plan.get("priorities").get(0).get("objectives").get(0).get("actions").get(0);
		((tools.jackson.databind.node.ObjectNode) action).put("rag", "purple");
		assertFalse(schema().validate(plan).isEmpty());
		((tools.jackson.databind.node.ObjectNode) action).put("rag", "amber");
		((tools.jackson.databind.node.ObjectNode) plan).put("unknown", 1);
		assertFalse(schema().validate(plan).isEmpty());
	}

	@Test
	void facts(@TempDir Path out) {
		JsonNode plan = generate(Generated.EXAMPLES.get(0), out);
		assertEquals(JsonTarget.SCHEMA_ID, plan.get("$schema").asString());
		assertEquals("2024-10-01", plan.get("asOf").asString());
		JsonNode first = plan.get("priorities").get(0).get("objectives").get(0).get("actions").get(0);
		assertEquals("1.1", first.get("key").asString());
		assertEquals("2025-03-31", first.get("deadline").asString());
		assertEquals("amber", first.get("rag").asString());
		assertEquals("%", first.get("targets").get(0).get("value").get("unit").asString());
		assertEquals(List.of("ana", "hr"), List.of(first.get("leads").get(0).asString(), first.get("leads").get(1).asString()));
		JsonNode unnamed = plan.get("priorities").get(0).get("actions").get(1);
		assertEquals("#4", unnamed.get("key").asString());
		assertTrue(unnamed.get("due").get("tbc").asBoolean());
	}

	@Test
	void peopleAndPosts(@TempDir Path out) throws IOException {
		JsonNode plan = generate("examples/constructs/partners.plan", out);
		Map<String, JsonNode> parties = new java.util.HashMap<>();
		plan.get("parties").forEach(p -> parties.put(p.get("id").asString(), p));
		assertEquals("ccg", parties.get("jf").get("organisation").asString());
		assertTrue(parties.get("ab").get("interim").asBoolean());
		assertEquals("2025-06-01", parties.get("ab").get("until").get("last").asString());
		assertTrue(parties.get("psw").get("vacant").asBoolean());
		assertEquals("km,ab", String.join(",", parties.get("dmt").get("members").valueStream().map(JsonNode::asString).toList()));
		assertFalse(parties.get("hos").has("vacant"));
		JsonNode board = plan.get("boards").get(0);
		assertEquals("ab", board.get("chair").asString());
		JsonNode disabled = plan.get("priorities").get(1).get("actions");
		assertEquals("Not stated in the plan", disabled.get(0).get("noLead").get("text").asString());
		assertFalse(disabled.get(0).get("noLead").has("inherited"));
		assertEquals(0, disabled.get(0).get("leads").size());
		assertFalse(disabled.get(1).has("noLead"));
		// A board that leads is named like any lead, and found among the boards.
		assertEquals("smt", disabled.get(2).get("leads").get(0).asString());
		assertEquals("smt", board.get("id").asString());
		// The schema knows the new properties and holds them to their form.
		assertEquals(List.of(), schema().validate(plan).stream().map(Error::toString).toList());
		((tools.jackson.databind.node.ObjectNode) parties.get("psw")).put("vacant", false);
		assertFalse(schema().validate(plan).isEmpty());
		((tools.jackson.databind.node.ObjectNode) parties.get("psw")).put("vacant", true);
		((tools.jackson.databind.node.ObjectNode) disabled.get(0).get("noLead")).put("who", "x");
		assertFalse(schema().validate(plan).isEmpty());
	}
}

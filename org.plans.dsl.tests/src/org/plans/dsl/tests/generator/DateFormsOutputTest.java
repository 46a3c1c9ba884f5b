package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;
import com.networknt.schema.Error;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The date forms of examples/constructs/dates.plan as JSON (against the schema), CSV and Markdown show them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class DateFormsOutputTest {

	private static final String EXAMPLE = "examples/constructs/dates.plan";

	@Inject
	private PlanLoader loader;

	private String generate(String target, Path out) {
		Map<String, String> files = Generated.run(Generated.target(target), Generated.context(loader, EXAMPLE, Map.of()),
				out);
		return String.join("\n", files.values());
	}

	@Test
	void json(@TempDir Path out) throws IOException {
		JsonNode plan = JsonMapper.builder().build().readTree(generate("json", out));
		assertEquals(List.of(), JsonTargetTest.schema().validate(plan).stream().map(Error::toString).toList());
		JsonNode first = plan.get("priorities").get(0).get("actions");
		JsonNode quarter = first.get(17).get("due");
		assertEquals("2019/20-Q2", quarter.get("text").asString());
		assertEquals("2019-07-01", quarter.get("date").get("first").asString());
		JsonNode immediately = first.get(20).get("due");
		assertEquals("immediately", immediately.get("text").asString());
		assertTrue(immediately.get("immediately").asBoolean());
		assertEquals("2019-05-31", immediately.get("date").get("last").asString());
		JsonNode about = first.get(22).get("due");
		assertEquals("about 2019-12", about.get("text").asString());
		assertTrue(about.get("approximate").asBoolean());
		assertNull(first.get(0).get("due").get("approximate"), "flags only where they apply");

		JsonNode second = plan.get("priorities").get(1);
		assertEquals("2020-03", second.get("due").get("text").asString());
		JsonNode objective = second.get("objectives").get(0);
		assertEquals("2019-spring", objective.get("due").get("text").asString());
		JsonNode inherits = objective.get("actions").get(0).get("due");
		assertEquals("2019-spring", inherits.get("text").asString(), "the written form, not the explanation");
		assertTrue(inherits.get("inherited").asBoolean());
		assertEquals("objective 2.1", inherits.get("inheritedFrom").asString());
		assertEquals("2019-05-31", inherits.get("date").get("last").asString());
		assertNull(plan.get("priorities").get(0).get("due"), "no deadline, no field");
	}

	@Test
	void csvAndMarkdownSayWhereADeadlineComesFrom(@TempDir Path out) {
		String csv = generate("csv", out.resolve("csv"));
		assertTrue(csv.contains("2019-spring (inherited from objective 2.1)"), csv);
		assertTrue(csv.contains("immediately (2019-05)"), csv);
		String markdown = generate("markdown", out.resolve("md"));
		assertTrue(markdown.contains("2020-03 (inherited from priority 2)"), markdown);
		assertTrue(markdown.contains("about 2019-12"), markdown);
	}
}

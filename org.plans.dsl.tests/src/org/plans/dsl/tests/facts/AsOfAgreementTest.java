package org.plans.dsl.tests.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.generator.GenerationContext;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.generator.Generated;
import org.plans.dsl.validation.ValidationOptions;

import com.google.inject.Inject;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validate} and {@code generate} judge "overdue" at the same date: with the plan's
 * "as of", with the caller's, and with neither (then neither reports anything overdue).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class AsOfAgreementTest {

	/** Line 4 + n holds action 1.n. */
	private static final String ACTIONS = """
			person ana "Ana Patel"
			priority 1 "Workforce" {
			    lead ana
			    action 1.1 "Late" { due 2024-06 }
			    action 1.2 "Late but done" { due 2024-06 progress 2024-07 blue complete }
			    action 1.3 "Due next year" { due 2025-03 }
			    action 1.4 "Ongoing" { due from 2024-01 and ongoing }
			}
			""";

	@Inject
	private PlanLoader loader;

	@Inject
	private ValidationOptions options;

	@AfterEach
	void resetOptions() {
		options.reset();
	}

	@ParameterizedTest(name = "plan as of ''{0}'', caller --as-of ''{1}''")
	@CsvSource(value = { "'', '', ''", "2024-10-01, '', 1.1", "'', 2025-06-01, 1.1 1.3", "2024-10-01, 2024-01-01, ''" },
			emptyValue = "")
	void validateAndGenerateAgree(String planAsOf, String callerAsOf, String expected, @TempDir Path out) {
		Optional<LocalDate> caller = callerAsOf.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(callerAsOf));
		options.setAsOf(caller.orElse(null));
		String header = planAsOf.isEmpty() ? "plan demo { issued 2023-05 }" : "plan demo { as of " + planAsOf + " }";
		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("demo.plan", header + "\n" + ACTIONS));
		List<String> expectedRefs = expected.isEmpty() ? List.of() : List.of(expected.split(" "));

		List<String> validated = new ArrayList<>();
		for (Issue issue : loaded.issues()) {
			if (Rule.OVERDUE.code().equals(issue.getCode())) {
				validated.add("1." + (issue.getLineNumber() - 4));
			}
		}
		assertEquals(expectedRefs, validated, "validate's overdue findings");

		GenerationContext context = new GenerationContext(PlanFacts.of(loaded.resourceSet()), caller, Map.of());
		JsonNode json = JsonMapper.builder().build()
				.readTree(Generated.run(Generated.target("json"), context, out.resolve("json")).get("demo.json"));
		List<String> generated = new ArrayList<>();
		json.get("priorities").get(0).get("actions").forEach(a -> {
			if (a.get("overdue").asBoolean()) {
				generated.add(a.get("ref").asString());
			}
		});
		assertEquals(expectedRefs, generated, "generate's overdue markers in JSON");
		assertEquals(planAsOf.isEmpty() && caller.isEmpty(), !json.has("asOf"), "asOf is given exactly when there is one");

		String markdown = Generated.run(Generated.target("markdown"), context, out.resolve("md")).get("demo.md");
		List<String> marked = markdown.lines().filter(l -> l.contains("**OVERDUE**"))
				.map(l -> l.replaceFirst("^- \\[.\\] \\*\\*([^*]+)\\*\\*.*$", "$1")).toList();
		assertEquals(expectedRefs, marked, "generate's overdue markers in Markdown");
		if (planAsOf.isEmpty() && caller.isEmpty()) {
			assertTrue(markdown.contains("No as-of date: overdue actions not judged"), markdown);
			String csv = Generated.run(Generated.target("csv"), context, out.resolve("csv")).get("demo.csv");
			assertFalse(csv.contains(",yes,") || csv.contains(",no,"), "no overdue judgement in the CSV:\n" + csv);
			String report = Generated.run(Generated.target("report"), context, out.resolve("report")).get("demo-report.html");
			assertFalse(report.contains("Overdue actions ("), "no overdue list without a date");
			assertTrue(report.contains("No as-of date"), report);
		}
	}
}

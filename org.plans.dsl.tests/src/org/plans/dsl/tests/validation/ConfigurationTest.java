package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.rules.Rule;

/** plans.properties beside the plans, found upwards, and the caller's options winning over it. */
public class ConfigurationTest extends ValidationTestBase {

	/** Line 3: action 1.1 has no lead (PLAN-105, warning by default). */
	private static final String PLAN = """
			plan demo
			priority 1 "Workforce" {
			    action 1.1 "Recruit permanent social workers" {
			        due 2025-03
			    }
			}
			""";

	@TempDir
	Path dir;

	private PlanLoader.Loaded load(String config) throws IOException {
		Path plans = Files.createDirectories(dir.resolve("plans/2025"));
		Files.writeString(plans.resolve("demo.plan"), PLAN);
		if (config != null) {
			Files.writeString(dir.resolve("plans.properties"), config);
		}
		return loader.load(List.of(plans));
	}

	@Test
	void defaultSeverityWithoutConfig() throws IOException {
		assertEquals(List.of("PLAN-105 WARNING demo.plan:3"), ValidationTesting.found(load(null), Rule.ACTION_WITHOUT_LEAD.code()));
	}

	@Test
	void configFileAboveThePlanRaisesTheSeverity() throws IOException {
		assertEquals(List.of("PLAN-105 ERROR demo.plan:3"),
				ValidationTesting.found(load("PLAN-105=error\n"), Rule.ACTION_WITHOUT_LEAD.code()));
	}

	@Test
	void nearestConfigFileWins() throws IOException {
		Files.createDirectories(dir.resolve("plans/2025"));
		Files.writeString(dir.resolve("plans/2025/plans.properties"), "PLAN-105=info\n");
		assertEquals(List.of("PLAN-105 INFO demo.plan:3"),
				ValidationTesting.found(load("PLAN-105=error\n"), Rule.ACTION_WITHOUT_LEAD.code()));
	}

	@Test
	void ignoreSwitchesTheRuleOff() throws IOException {
		assertEquals(List.of(), ValidationTesting.found(load("PLAN-105=ignore\n"), Rule.ACTION_WITHOUT_LEAD.code()));
	}

	@Test
	void callerWinsOverConfigFile() throws IOException {
		options.overrideSeverity(Rule.ACTION_WITHOUT_LEAD.code(), "info");
		assertEquals(List.of("PLAN-105 INFO demo.plan:3"),
				ValidationTesting.found(load("PLAN-105=error\n"), Rule.ACTION_WITHOUT_LEAD.code()));
	}

	@Test
	void warningsAsErrorsFromTheFile() throws IOException {
		PlanLoader.Loaded loaded = load("warnings-as-errors=true\nPLAN-502=info\n");
		assertEquals(List.of("PLAN-105 ERROR demo.plan:3"), ValidationTesting.found(loaded, Rule.ACTION_WITHOUT_LEAD.code()));
		assertEquals(List.of("PLAN-502 INFO demo.plan:2"),
				ValidationTesting.found(loaded, Rule.PRIORITY_WITHOUT_MEASURABLE_TARGET.code()), "infos stay infos");
	}

	@Test
	void callerCanTurnWarningsAsErrorsOffAndOn() throws IOException {
		options.setWarningsAsErrors(false);
		assertEquals(List.of("PLAN-105 WARNING demo.plan:3"),
				ValidationTesting.found(load("warnings-as-errors=true\n"), Rule.ACTION_WITHOUT_LEAD.code()));
		options.setWarningsAsErrors(true);
		assertEquals(List.of("PLAN-105 ERROR demo.plan:3"),
				ValidationTesting.found(loader.load(List.of(dir.resolve("plans"))), Rule.ACTION_WITHOUT_LEAD.code()));
	}

	@Test
	void workloadLimitFromFileAndCaller() throws IOException {
		Path plans = Files.createDirectories(dir.resolve("plans"));
		Files.writeString(plans.resolve("busy.plan"), """
				plan busy
				person sjs "Sarah-Jane Smedmor"
				priority 1 "Workforce" {
				    action 1.1 "Advertise posts" { lead sjs due 2025-03 }
				    action 1.2 "Hold recruitment days" { lead sjs due 2025-03 }
				    action 1.3 "Review incentives" { lead sjs due 2025-03 }
				}
				""");
		Files.writeString(dir.resolve("plans.properties"), "workload.max-actions-per-month=2\n");
		assertEquals(List.of("PLAN-701 INFO busy.plan:2"),
				ValidationTesting.found(loader.load(List.of(plans)), Rule.LEAD_OVERLOADED.code()));
		options.overrideSetting("workload.max-actions-per-month", "3");
		assertEquals(List.of(), ValidationTesting.found(loader.load(List.of(plans)), Rule.LEAD_OVERLOADED.code()));
	}

	@Test
	void mistakesInTheConfigFileAreReported() throws IOException {
		PlanLoader.Loaded loaded = load(
				"PLAN-105=eror\nPLAN-999=warning\ncolour=blue\nworkload.max-actions-per-month=lots\nPLAN-002=ignore\nPLAN-005=warning\n");
		List<String> problems = loaded.issues().stream().filter(i -> Rule.CONFIGURATION.code().equals(i.getCode()))
				.map(i -> i.getSeverity() + " " + i.getLineNumber() + " " + i.getMessage()).toList();
		assertEquals(6, problems.size(), String.join("\n", problems));
		assertTrue(problems.stream().allMatch(p -> p.startsWith("ERROR 1 Configuration problem in ")), String.join("\n", problems));
		assertTrue(problems.stream().anyMatch(p -> p.contains("'eror' is not a severity for PLAN-105")));
		assertTrue(problems.stream().anyMatch(p -> p.contains("there is no rule PLAN-999")));
		assertTrue(problems.stream().anyMatch(p -> p.contains("unknown setting 'colour'")));
		assertTrue(problems.stream().anyMatch(p -> p.contains("must be a whole number above 0, not 'lots'")));
		assertTrue(problems.stream().anyMatch(p -> p.contains("the severity of PLAN-002 cannot be changed")));
		assertTrue(problems.stream().anyMatch(p -> p.contains("the severity of PLAN-005 cannot be changed")));
		assertEquals(List.of("PLAN-105 WARNING demo.plan:3"), ValidationTesting.found(loaded, Rule.ACTION_WITHOUT_LEAD.code()),
				"a bad severity falls back to the default");
	}

	@Test
	void onlyTheRulesThatReadTheFileKeepTheirSeverity() throws IOException {
		StringBuilder config = new StringBuilder();
		for (Rule rule : Rule.values()) {
			config.append(rule.code()).append("=info\n");
		}
		List<String> fixed = load(config.toString()).issues().stream()
				.filter(i -> Rule.CONFIGURATION.code().equals(i.getCode()) && i.getMessage().contains("cannot be changed"))
				.map(i -> i.getMessage().replaceAll(".*the severity of (PLAN-\\d+) cannot be changed.*", "$1")).sorted()
				.toList();
		assertEquals(List.of("PLAN-001", "PLAN-002", "PLAN-005"), fixed);
		assertEquals(fixed, Arrays.stream(Rule.values()).filter(rule -> !rule.severityChangeable()).map(Rule::code).toList());
	}
}

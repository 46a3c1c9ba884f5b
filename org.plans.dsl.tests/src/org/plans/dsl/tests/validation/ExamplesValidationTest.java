package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.support.TestFiles;

/** Every example validates without errors; the example of every construct shows only the warnings it means to. */
public class ExamplesValidationTest extends ValidationTestBase {

	@Test
	void everyExampleHasNoErrors() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples()));
		assertEquals(List.of(), TestFiles.errors(loaded));
	}

	/** The findings per example that README.md lists, as code and count. */
	@Test
	void findingsAreTheOnesTheReadmeLists() {
		assertEquals(Map.of("PLAN-401", 2L, "PLAN-502", 1L, "PLAN-701", 3L), counts("cambridgeshire-ilacs-2019"));
		assertEquals(Map.of("PLAN-301", 1L, "PLAN-502", 5L), counts("cambridgeshire-ofsted-2024.plan"));
		assertEquals(Map.of("PLAN-105", 1L, "PLAN-106", 2L, "PLAN-203", 15L, "PLAN-301", 2L, "PLAN-401", 8L, "PLAN-502", 2L),
				counts("hillingdon-csc-2015.plan"));
		assertEquals(Map.of("PLAN-406", 1L), counts("constructs/targets.plan"),
				"the example of every target form has no findings but the note on a position that says it is behind");
	}

	private Map<String, Long> counts(String example) {
		return loader.load(List.of(TestFiles.examples().resolve(example))).issues().stream()
				.collect(Collectors.groupingBy(Issue::getCode, TreeMap::new, Collectors.counting()));
	}

	@Test
	void allConstructs() {
		PlanLoader.Loaded loaded = loader.load(List.of(TestFiles.examples().resolve("constructs/all-constructs.plan")));
		assertEquals(List.of(), TestFiles.errors(loaded));
		// Real findings of the example, left in on purpose: a qualitative target, a day rate written
		// in words, and two actions without a progress update although the board meets monthly.
		assertEquals(List.of("PLAN-401 WARNING all-constructs.plan:55", "PLAN-801 INFO all-constructs.plan:58",
				"PLAN-302 WARNING all-constructs.plan:71",
				"PLAN-302 WARNING all-constructs.plan:76"),
				loaded.issues().stream().map(ValidationTesting::describe).toList(), ValidationTesting.all(loaded));
	}
}

package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.plans.dsl.tests.TestFiles;
import org.plans.dsl.validation.Rule;
import org.plans.dsl.validation.RuleCatalog;

/**
 * Runs the failing and passing example of every rule in docs/rules.md: the failing one must
 * report the rule's code, at its default severity, on exactly the marked lines; the passing
 * one must not report it, nor any error. Also keeps the docs and the catalogue in step.
 */
public class RulesDocTest extends ValidationTestBase {

	/** Rules whose example needs more than one plan file; tested in Java instead. */
	private static final Set<String> WITHOUT_EXAMPLES = Set.of("PLAN-000", "PLAN-003", "PLAN-005");

	private static final List<RulesDoc> DOCS = RulesDoc.read(TestFiles.root().resolve("docs/rules.md"));

	@Test
	void docsDescribeEveryRuleOfTheCatalogue() {
		List<String> documented = DOCS.stream().map(RulesDoc::code).toList();
		List<String> catalogued = RuleCatalog.all().stream().map(Rule::code).toList();
		assertEquals(catalogued, documented, "docs/rules.md must list every rule, in code order");
		for (RulesDoc doc : DOCS) {
			Rule rule = RuleCatalog.get(doc.code()).orElseThrow();
			assertEquals(rule.name(), doc.name(), doc.code());
			assertEquals("docs/rules.md#" + doc.code().toLowerCase(Locale.ROOT) + "-" + doc.name(), rule.docsLink());
			assertEquals(rule.defaultLevel().word(), doc.defaultSeverity(), doc.code() + " default severity");
		}
	}

	@TestFactory
	Stream<DynamicTest> failingExamplesReportTheRule() {
		return DOCS.stream().filter(doc -> !WITHOUT_EXAMPLES.contains(doc.code()))
				.map(doc -> DynamicTest.dynamicTest(doc.code() + " " + doc.name() + " fails", () -> {
					assertNotNull(doc.failing(), doc.code() + " has no failing example");
					assertFalse(doc.markedLines().isEmpty(), doc.code() + ": mark the reported line with " + RulesDoc.MARKER);
					List<Issue> found = issues(doc.failing(), doc.code());
					Severity expected = severity(RuleCatalog.get(doc.code()).orElseThrow());
					assertEquals(doc.markedLines(), found.stream().map(Issue::getLineNumber).toList(), describe(found));
					for (Issue issue : found) {
						assertEquals(expected, issue.getSeverity(), issue.getMessage());
						assertFalse(issue.getMessage().isBlank());
					}
				}));
	}

	@TestFactory
	Stream<DynamicTest> passingExamplesDoNot() {
		return DOCS.stream().filter(doc -> !WITHOUT_EXAMPLES.contains(doc.code()))
				.map(doc -> DynamicTest.dynamicTest(doc.code() + " " + doc.name() + " passes", () -> {
					assertNotNull(doc.passing(), doc.code() + " has no passing example");
					List<Issue> all = loader.loadTexts(Map.of("example.plan", doc.passing())).issues();
					assertEquals(List.of(), all.stream().filter(i -> doc.code().equals(i.getCode())).map(Issue::getMessage).toList());
					assertEquals(List.of(), all.stream().filter(i -> i.getSeverity() == Severity.ERROR).map(Issue::getMessage).toList());
				}));
	}

	@Test
	void rulesWithoutExamplesSayWhy() {
		for (RulesDoc doc : DOCS) {
			if (WITHOUT_EXAMPLES.contains(doc.code())) {
				assertTrue(doc.failing() == null, doc.code() + " has an example: remove it from WITHOUT_EXAMPLES");
			}
		}
	}

	private List<Issue> issues(String text, String code) {
		return loader.loadTexts(Map.of("example.plan", text)).issues().stream().filter(i -> code.equals(i.getCode()))
				.sorted(java.util.Comparator.comparing(Issue::getLineNumber)).toList();
	}

	static Severity severity(Rule rule) {
		return Severity.valueOf(rule.defaultLevel().name().toUpperCase(Locale.ROOT));
	}

	private static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ": " + i.getMessage()).collect(Collectors.joining("\n"));
	}
}

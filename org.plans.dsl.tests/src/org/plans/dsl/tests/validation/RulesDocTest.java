package org.plans.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.plans.dsl.rules.Rule;
import org.plans.dsl.tests.support.TestFiles;

/**
 * Runs the failing and passing example of every rule in docs/rules.md: the failing one must
 * report the rule's code, at its default severity, on exactly the marked lines; the passing
 * one must not report it, nor any error. Also keeps the docs and the rule table ({@link Rule}) in
 * step, and the table the only place the code of a rule is written.
 */
public class RulesDocTest extends ValidationTestBase {

	/** Rules whose example needs more than one plan file; tested in Java instead. */
	private static final Set<String> WITHOUT_EXAMPLES = Set.of("PLAN-000", "PLAN-003", "PLAN-005");

	private static final Path RULES_MD = TestFiles.root().resolve("docs/rules.md");

	private static final List<RulesDoc> DOCS = RulesDoc.read(RULES_MD);

	private static final Pattern CODE = Pattern.compile("PLAN-\\d{3}");

	@Test
	void docsDescribeEveryRuleOfTheTable() {
		List<String> documented = DOCS.stream().map(RulesDoc::code).toList();
		List<String> tabled = Arrays.stream(Rule.values()).map(Rule::code).toList();
		assertEquals(tabled, documented, "docs/rules.md must have one section per rule, in code order");
		for (RulesDoc doc : DOCS) {
			Rule rule = Rule.byCode(doc.code()).orElseThrow();
			assertEquals(rule.shortName(), doc.name(), doc.code());
			assertEquals("docs/rules.md#" + doc.code().toLowerCase(Locale.ROOT) + "-" + doc.name(), rule.docsLink());
			assertEquals(rule.defaultLevel().word(), doc.defaultSeverity(), doc.code() + " default severity");
		}
	}

	@Test
	void codesAndNamesAreUniqueAndInOrder() {
		List<String> codes = Arrays.stream(Rule.values()).map(Rule::code).toList();
		assertEquals(codes.stream().sorted().distinct().toList(), codes, "codes in order, each once");
		assertEquals(Rule.values().length, Arrays.stream(Rule.values()).map(Rule::shortName).distinct().count());
		for (Rule rule : Rule.values()) {
			assertTrue(CODE.matcher(rule.code()).matches(), rule.code());
			assertTrue(rule.shortName().matches("[a-z]+(-[a-z]+)*"), rule.shortName());
			assertTrue(rule.summary().endsWith("."), rule.code() + " summary is one sentence");
			assertEquals(rule, Rule.byCode(rule.code()).orElseThrow());
		}
		assertTrue(Rule.byCode("PLAN-999").isEmpty());
	}

	/** What the docs call "always errors" are exactly the rules whose severity cannot be changed. */
	@Test
	void docsNameTheRulesWhoseSeverityIsFixed() throws IOException {
		Set<String> fixed = Arrays.stream(Rule.values()).filter(rule -> !rule.severityChangeable()).map(Rule::code)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(Set.of("PLAN-001", "PLAN-002", "PLAN-005"), fixed);
		List<String> sentences = Arrays.stream(Files.readString(RULES_MD).split("\n\\s*\n"))
				.flatMap(paragraph -> Arrays.stream(paragraph.replaceAll("\\s+", " ").split("\\. ")))
				.filter(sentence -> sentence.contains("always errors")).toList();
		assertFalse(sentences.isEmpty());
		for (String sentence : sentences) {
			Set<String> named = new TreeSet<>();
			Matcher m = CODE.matcher(sentence);
			while (m.find()) {
				named.add(m.group());
			}
			assertEquals(fixed, named, sentence);
		}
	}

	/** No alias constants: outside the rule table, main code names a rule by its enum member, never by its code. */
	@Test
	void onlyTheRuleTableWritesCodes() throws IOException {
		List<String> found = new ArrayList<>();
		Pattern literal = Pattern.compile("\"PLAN-\\d{3}\"");
		for (String module : List.of("org.plans.dsl", "org.plans.dsl.ide", "org.plans.dsl.cli", "org.plans.dsl.importer")) {
			Path src = TestFiles.root().resolve(module).resolve("src");
			try (Stream<Path> files = Files.walk(src)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					if (file.endsWith(Path.of("org/plans/dsl/rules/Rule.java"))) {
						continue;
					}
					if (literal.matcher(Files.readString(file)).find()) {
						found.add(TestFiles.root().relativize(file).toString());
					}
				}
			}
		}
		assertEquals(List.of(), found, "write Rule.X.code() instead of the code");
	}

	@TestFactory
	Stream<DynamicTest> failingExamplesReportTheRule() {
		return DOCS.stream().filter(doc -> !WITHOUT_EXAMPLES.contains(doc.code()))
				.map(doc -> DynamicTest.dynamicTest(doc.code() + " " + doc.name() + " fails", () -> {
					assertNotNull(doc.failing(), doc.code() + " has no failing example");
					assertFalse(doc.markedLines().isEmpty(), doc.code() + ": mark the reported line with " + RulesDoc.MARKER);
					List<Issue> found = issues(doc.failing(), doc.code());
					Severity expected = severity(Rule.byCode(doc.code()).orElseThrow());
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

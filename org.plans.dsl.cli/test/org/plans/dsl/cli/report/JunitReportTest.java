package org.plans.dsl.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit XML read back by Maven Surefire's report parser: one test case per file. */
class JunitReportTest {

	@TempDir
	Path dir;

	private List<ReportTestSuite> parse(ValidationReport report) throws Exception {
		Path xml = Files.writeString(dir.resolve("TEST-plans.xml"), Reports.write(ReportFormat.JUNIT, report));
		return new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
	}

	@Test
	void oneTestCasePerFileFailingOnErrors() throws Exception {
		List<ReportTestSuite> suites = parse(Reports.sample(Level.ERROR));
		assertEquals(1, suites.size());
		ReportTestSuite suite = suites.get(0);
		assertEquals(3, suite.getNumberOfTests());
		assertEquals(1, suite.getNumberOfFailures());
		List<ReportTestCase> cases = suite.getTestCases();
		assertEquals(List.of("plans/a b.plan", "plans/c.plan", "plans/d.plan"), cases.stream().map(ReportTestCase::getName).toList());
		assertTrue(cases.get(0).hasFailure());
		assertEquals("PLAN-001", cases.get(0).getFailureType());
		assertTrue(cases.get(0).getFailureDetail().contains("plans/a b.plan:3:7: error PLAN-001"), cases.get(0).getFailureDetail());
		assertFalse(cases.get(1).hasFailure());
		assertFalse(cases.get(2).hasFailure());
	}

	/**
	 * The attributes a test case may carry in both common JUnit schemas: Jenkins xUnit's
	 * junit-10.xsd (github.com/jenkinsci/xunit-plugin, src/main/resources/org/jenkinsci/plugins/
	 * xunit/types/model/xsd/junit-10.xsd) and Maven Surefire's surefire-test-report-3.0.xsd
	 * (maven.apache.org/surefire/maven-surefire-plugin/xsd/). Neither accepts {@code file}.
	 */
	private static final Set<String> TESTCASE_ATTRIBUTES = Set.of("name", "classname", "time", "group");

	@Test
	void testCasesCarryOnlyAttributesTheSchemasAccept() throws Exception {
		String xml = Reports.write(ReportFormat.JUNIT, Reports.sample(Level.ERROR));
		NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(xml))).getElementsByTagName("testcase");
		assertEquals(3, cases.getLength());
		for (int i = 0; i < cases.getLength(); i++) {
			NamedNodeMap attributes = cases.item(i).getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String name = attributes.item(a).getNodeName();
				assertTrue(TESTCASE_ATTRIBUTES.contains(name), "testcase/@" + name + " fails junit-10.xsd and Surefire's XSD");
			}
		}
	}

	@Test
	void failOnInfoFailsEveryFileWithFindings() throws Exception {
		ReportTestSuite suite = parse(Reports.sample(Level.INFO)).get(0);
		assertEquals(2, suite.getNumberOfFailures());
	}

	@Test
	void controlCharactersCannotBreakTheXml() throws Exception {
		ValidationReport report = new ValidationReport(List.of("x.plan"),
				List.of(new Finding("x.plan", 1, 1, 1, 1, Level.ERROR, "PLAN-001", "found '\u0007' & <x>")), List.of(), Level.ERROR);
		ReportTestCase testCase = parse(report).get(0).getTestCases().get(0);
		assertTrue(testCase.getFailureDetail().contains("found '\uFFFD'"), testCase.getFailureDetail());
		assertTrue(testCase.getFailureDetail().contains("<x>"), testCase.getFailureDetail());
	}
}

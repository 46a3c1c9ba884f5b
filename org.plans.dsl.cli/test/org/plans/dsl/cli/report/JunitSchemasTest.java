package org.plans.dsl.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.net.URL;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The JUnit report is valid for its consumers' schemas (test-resources/junit: Jenkins xUnit's
 * junit-10.xsd, Maven Surefire's surefire-test-report-3.0.xsd), checked with
 * {@code javax.xml.validation}, for every fail-on level and for text that needs escaping.
 */
class JunitSchemasTest {

	private static Validator validator(String xsd) throws SAXException {
		URL schema = JunitSchemasTest.class.getResource("/junit/" + xsd);
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Schema compiled = factory.newSchema(schema);
		return compiled.newValidator();
	}

	private static Document parse(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static Element suite(Document report) {
		return (Element) report.getDocumentElement().getElementsByTagName("testsuite").item(0);
	}

	@ParameterizedTest
	@EnumSource(Level.class)
	void validForJenkinsXunit(Level failOn) throws Exception {
		Document report = parse(Reports.write(ReportFormat.JUNIT, Reports.sample(failOn)));
		validator("junit-10.xsd").validate(new DOMSource(report));
	}

	@ParameterizedTest
	@EnumSource(Level.class)
	void validForSurefire(Level failOn) throws Exception {
		Document report = parse(Reports.write(ReportFormat.JUNIT, Reports.sample(failOn)));
		assertEquals(1, report.getDocumentElement().getElementsByTagName("testsuite").getLength());
		validator("surefire-test-report-3.0.xsd").validate(new DOMSource(suite(report)));
	}

	@ParameterizedTest
	@EnumSource(Level.class)
	void aReportWithNoFilesIsValid(Level failOn) throws Exception {
		Document report = parse(Reports.write(ReportFormat.JUNIT, new ValidationReport(List.of(), List.of(), List.of(), failOn)));
		validator("junit-10.xsd").validate(new DOMSource(report));
		validator("surefire-test-report-3.0.xsd").validate(new DOMSource(suite(report)));
	}

	@ParameterizedTest
	@EnumSource(Level.class)
	void controlCharactersInMessagesStayValid(Level failOn) throws Exception {
		ValidationReport bad = new ValidationReport(List.of("x\u0001.plan"),
				List.of(new Finding("x\u0001.plan", 1, 1, 1, 1, Level.ERROR, "PLAN-001", "found '\u0007\u001b[2J' & <x> ]]>")),
				List.of(), failOn);
		Document report = parse(Reports.write(ReportFormat.JUNIT, bad));
		validator("junit-10.xsd").validate(new DOMSource(report));
		validator("surefire-test-report-3.0.xsd").validate(new DOMSource(suite(report)));
	}

	/** The schemas do check: a test case without its required name is refused. */
	@Test
	void theSchemasRefuseATestCaseWithoutAName() throws Exception {
		Document report = parse(Reports.write(ReportFormat.JUNIT, Reports.sample(Level.ERROR)));
		((Element) report.getElementsByTagName("testcase").item(0)).removeAttribute("name");
		assertThrows(SAXException.class, () -> validator("junit-10.xsd").validate(new DOMSource(report)));
		assertThrows(SAXException.class, () -> validator("surefire-test-report-3.0.xsd").validate(new DOMSource(suite(report))));
	}
}

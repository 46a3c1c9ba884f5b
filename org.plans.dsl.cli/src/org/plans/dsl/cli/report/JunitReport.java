package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it: one test suite, one test case per file. A file fails when
 * it has findings at or above {@code --fail-on}; its other findings go to {@code system-out}.
 * A test case carries only the attributes the common schemas accept (Jenkins xUnit's
 * junit-10.xsd, Surefire's surefire-test-report-3.0.xsd): no {@code file}; its name is the path.
 */
public class JunitReport implements ReportWriter {

	private static final String SUITE = "plans validate";

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		long failures = report.files().stream().filter(report::fails).count();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("testsuites");
			attributes(xml, SUITE, report.files().size(), failures);
			xml.writeCharacters("\n  ");
			xml.writeStartElement("testsuite");
			attributes(xml, SUITE, report.files().size(), failures);
			xml.writeAttribute("skipped", "0");
			for (String file : report.files()) {
				xml.writeCharacters("\n    ");
				testCase(xml, report, file);
			}
			xml.writeCharacters("\n  ");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		out.flush();
	}

	private static void attributes(XMLStreamWriter xml, String name, long tests, long failures) throws XMLStreamException {
		xml.writeAttribute("name", name);
		xml.writeAttribute("tests", Long.toString(tests));
		xml.writeAttribute("failures", Long.toString(failures));
		xml.writeAttribute("errors", "0");
		xml.writeAttribute("time", "0");
	}

	private static void testCase(XMLStreamWriter xml, ValidationReport report, String file) throws XMLStreamException {
		List<Finding> findings = report.findingsIn(file);
		xml.writeStartElement("testcase");
		xml.writeAttribute("classname", "plans");
		xml.writeAttribute("name", xmlSafe(file));
		xml.writeAttribute("time", "0");
		List<Finding> failing = findings.stream().filter(f -> f.level().reaches(report.failOn())).toList();
		if (!failing.isEmpty()) {
			xml.writeStartElement("failure");
			xml.writeAttribute("message", xmlSafe(Words.count(failing.size(), "finding") + " at or above "
					+ report.failOn().word() + ": " + failing.get(0).oneLineMessage()));
			xml.writeAttribute("type", failing.get(0).code());
			xml.writeCharacters(lines(failing));
			xml.writeEndElement();
		}
		List<Finding> others = findings.stream().filter(f -> !failing.contains(f)).toList();
		if (!others.isEmpty()) {
			xml.writeStartElement("system-out");
			xml.writeCharacters(lines(others));
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static String lines(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding f : findings) {
			text.append(f.path()).append(':').append(f.line()).append(':').append(f.column()).append(": ")
					.append(f.level().word()).append(' ').append(f.code()).append(' ').append(f.oneLineMessage()).append('\n');
		}
		return xmlSafe(text.toString());
	}

	/** Characters XML 1.0 cannot carry (control characters from the plan's text) become U+FFFD. */
	static String xmlSafe(String text) {
		return text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "\uFFFD");
	}
}

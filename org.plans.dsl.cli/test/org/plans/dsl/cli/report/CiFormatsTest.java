package org.plans.dsl.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GitHub workflow commands, GitLab code quality JSON, text and JSON against their documented shapes. */
class CiFormatsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** {@code ::error file=…,line=…,col=…,endLine=…,title=…::message}, as the Actions docs give it. */
	private static final Pattern GITHUB = Pattern.compile(
			"::(error|warning|notice) file=([^,:]+),line=(\\d+),col=(\\d+),endLine=(\\d+),title=([^,:]+)::([^\\r\\n]*)");

	@Test
	void githubCommands() {
		List<String> lines = Reports.write(ReportFormat.GITHUB, Reports.sample(Level.ERROR)).lines().toList();
		assertEquals(3, lines.size());
		for (String line : lines) {
			assertTrue(GITHUB.matcher(line).matches(), line);
		}
		Matcher first = GITHUB.matcher(lines.get(0));
		assertTrue(first.matches());
		assertEquals("error", first.group(1));
		assertEquals("plans/a b.plan", first.group(2));
		assertEquals("3", first.group(3));
		assertEquals("7", first.group(4));
		assertEquals("PLAN-001", first.group(6));
		assertEquals("Expected 'due' — found \"100%25\", a <tag>, a comma & a colon: here%0Asecond line", first.group(7));
		assertTrue(lines.get(1).startsWith("::warning "));
		assertTrue(lines.get(2).startsWith("::notice "));
	}

	@Test
	void githubEscaping() {
		assertEquals("a%25b%0D%0Ac", GithubReport.data("a%b\r\nc"));
		assertEquals("dir%3Aname%2Cx.plan", GithubReport.property("dir:name,x.plan"));
	}

	@Test
	void gitlabCodeQuality() throws Exception {
		JsonNode issues = JSON.readTree(Reports.write(ReportFormat.GITLAB, Reports.sample(Level.ERROR)));
		assertTrue(issues.isArray());
		assertEquals(3, issues.size());
		Set<String> severities = Set.of("info", "minor", "major", "critical", "blocker");
		Set<String> fingerprints = new HashSet<>();
		for (JsonNode issue : issues) {
			assertTrue(issue.get("description").isString());
			assertTrue(issue.get("check_name").isString());
			assertTrue(severities.contains(issue.get("severity").asString()), issue.toString());
			assertTrue(issue.at("/location/path").isString());
			assertTrue(issue.at("/location/lines/begin").isInt());
			fingerprints.add(issue.get("fingerprint").asString());
		}
		assertEquals(3, fingerprints.size(), "fingerprints are unique");
		assertEquals("major", issues.get(0).get("severity").asString());
		assertEquals("minor", issues.get(1).get("severity").asString());
		assertEquals("info", issues.get(2).get("severity").asString());
		assertEquals("plans/a b.plan", issues.get(0).at("/location/path").asString());
		assertEquals(3, issues.get(0).at("/location/lines/begin").asInt());
	}

	@Test
	void gitlabFingerprintsIgnoreLineMoves() throws Exception {
		ValidationReport report = Reports.sample(Level.ERROR);
		Finding first = report.findings().get(0);
		Finding moved = new Finding(first.path(), first.line() + 5, first.column(), first.endLine() + 5, first.endColumn(),
				first.level(), first.code(), first.message());
		ValidationReport later = new ValidationReport(report.files(), List.of(moved), report.plans(), report.failOn());
		String before = JSON.readTree(Reports.write(ReportFormat.GITLAB, report)).get(0).get("fingerprint").asString();
		String after = JSON.readTree(Reports.write(ReportFormat.GITLAB, later)).get(0).get("fingerprint").asString();
		assertEquals(before, after);
		Finding other = new Finding(first.path(), first.line(), first.column(), first.endLine(), first.endColumn(),
				first.level(), "PLAN-002", first.message());
		ValidationReport different = new ValidationReport(report.files(), List.of(other), report.plans(), report.failOn());
		assertNotEquals(before, JSON.readTree(Reports.write(ReportFormat.GITLAB, different)).get(0).get("fingerprint").asString());
	}

	@Test
	void textLinesAndSummary() {
		List<String> lines = Reports.write(ReportFormat.TEXT, Reports.sample(Level.ERROR)).lines().toList();
		assertEquals("plans/a b.plan:3:7: error PLAN-001 Expected 'due' — found \"100%\", a <tag>, a comma & a colon: here second line",
				lines.get(0));
		assertEquals("plans/a b.plan:9:1: warning PLAN-020 Action 1.2 has no lead.", lines.get(1));
		assertEquals("plans/c.plan:2:5: info PLAN-030 Action 2 is due soon.", lines.get(2));
		assertEquals("demo: Demo (plans/a b.plan, plans/c.plan)", lines.get(4));
		assertEquals("    2 priorities, 1 objective, 3 actions, 2 leads; 1 error, 1 warning", lines.get(5));
		assertEquals("Checked 3 files (1 plan): 1 error, 1 warning.", lines.get(6));
	}

	@Test
	void json() throws Exception {
		JsonNode root = JSON.readTree(Reports.write(ReportFormat.JSON, Reports.sample(Level.WARNING)));
		assertEquals(3, root.get("findings").size());
		assertEquals(Reports.TRICKY, root.at("/findings/0/message").asString());
		assertEquals("warning", root.at("/findings/1/severity").asString());
		assertEquals(3, root.at("/plans/0/actions").asInt());
		assertEquals(1, root.at("/summary/errors").asInt());
		assertTrue(root.at("/summary/failed").asBoolean());
	}
}

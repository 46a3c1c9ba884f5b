package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plans.dsl.cli.VersionProvider;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 (OASIS): one run of the {@code plans} tool with a rule entry for every code
 * found, and results whose locations are relative to {@code %SRCROOT%}, the current directory.
 */
public class SarifReport implements ReportWriter {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	static final String SRCROOT = "%SRCROOT%";

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		ObjectNode root = Json.object().put("$schema", SCHEMA).put("version", "2.1.0");
		ObjectNode run = root.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver").put("name", "plans")
				.put("version", VersionProvider.version());
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		List<Finding> findings = new ArrayList<>(report.findings());
		ArrayNode rules = driver.putArray("rules");
		for (Finding f : findings) {
			if (!ruleIndex.containsKey(f.code())) {
				ruleIndex.put(f.code(), ruleIndex.size());
				RuleInfo rule = RuleInfo.of(f.code());
				ObjectNode node = rules.addObject().put("id", f.code()).put("name", rule.name());
				node.putObject("shortDescription").put("text", rule.description());
				node.putObject("help").put("text", rule.help());
				node.putObject("defaultConfiguration").put("level", level(f.level()));
			}
		}
		run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", Path.of("").toAbsolutePath().toUri().toString());
		ArrayNode results = run.putArray("results");
		for (Finding f : findings) {
			ObjectNode result = results.addObject().put("ruleId", f.code()).put("ruleIndex", ruleIndex.get(f.code()))
					.put("level", level(f.level()));
			result.putObject("message").put("text", f.message());
			ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
			location.putObject("artifactLocation").put("uri", uri(f.path())).put("uriBaseId", SRCROOT);
			location.putObject("region").put("startLine", f.line()).put("startColumn", f.column())
					.put("endLine", f.endLine()).put("endColumn", Math.max(f.endColumn(), f.endLine() == f.line() ? f.column() : 1));
		}
		run.put("columnKind", "utf16CodeUnits");
		Json.write(root, out);
	}

	static String level(Level level) {
		return level == Level.INFO ? "note" : level.word();
	}

	/** A relative path as a URI reference: '/' separators, special characters escaped. */
	static String uri(String path) {
		try {
			return new URI(null, null, path, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(path, e);
		}
	}
}

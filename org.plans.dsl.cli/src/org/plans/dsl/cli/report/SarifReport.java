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
import org.plans.dsl.cli.report.sarif.SarifLog;
import org.plans.dsl.generator.json.Json;

/**
 * SARIF 2.1.0 (OASIS): one run of the {@code plans} tool with a rule entry for every code
 * found, and results whose locations are relative to {@code %SRCROOT%}, the current directory.
 */
public class SarifReport implements ReportWriter {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	static final String SRCROOT = "%SRCROOT%";

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		List<SarifLog.Rule> rules = new ArrayList<>();
		for (Finding f : report.findings()) {
			if (!ruleIndex.containsKey(f.code())) {
				ruleIndex.put(f.code(), ruleIndex.size());
				RuleInfo rule = RuleInfo.of(f.code());
				rules.add(new SarifLog.Rule(f.code(), rule.name(), new SarifLog.Message(rule.description()),
						new SarifLog.Message(rule.help()), new SarifLog.Configuration(level(f.level()))));
			}
		}
		List<SarifLog.Result> results = report.findings().stream()
				.map(f -> new SarifLog.Result(f.code(), ruleIndex.get(f.code()), level(f.level()),
						new SarifLog.Message(f.message()), List.of(location(f))))
				.toList();
		SarifLog.Tool tool = new SarifLog.Tool(new SarifLog.Driver("plans", VersionProvider.version(), rules));
		Map<String, SarifLog.ArtifactLocation> bases = Map.of(SRCROOT,
				new SarifLog.ArtifactLocation(Path.of("").toAbsolutePath().toUri().toString(), null));
		SarifLog.Run run = new SarifLog.Run(tool, bases, results, "utf16CodeUnits");
		Json.write(new SarifLog(SCHEMA, "2.1.0", List.of(run)), out);
	}

	private static SarifLog.Location location(Finding f) {
		SarifLog.Region region = new SarifLog.Region(f.line(), f.column(), f.endLine(),
				Math.max(f.endColumn(), f.endLine() == f.line() ? f.column() : 1));
		return new SarifLog.Location(
				new SarifLog.PhysicalLocation(new SarifLog.ArtifactLocation(uri(f.path()), SRCROOT), region));
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

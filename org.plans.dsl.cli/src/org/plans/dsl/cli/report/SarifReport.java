package org.plans.dsl.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plans.dsl.cli.VersionProvider;
import org.plans.dsl.cli.report.sarif.SarifLog;
import org.plans.dsl.generator.json.Json;

/**
 * SARIF 2.1.0 (OASIS): one run of the {@code plans} tool with a rule entry for every code
 * found (with {@code helpUri} into the rules page), and results whose locations are relative
 * to {@code %SRCROOT%}, the directory {@code plans} ran in. The base has no {@code uri}, so the
 * log names no path of the machine it ran on; GitHub and other consumers resolve it to the
 * checkout. The rules page is {@value #RULES_PAGE} unless {@code PLANS_RULES_URL} names another.
 */
public class SarifReport implements ReportWriter {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	static final String SRCROOT = "%SRCROOT%";
	/** The project's published rules page (docs/rules.md). */
	public static final String RULES_PAGE = "https://github.com/plans-dsl/plans/blob/main/docs/rules.md";
	static final String INFORMATION_URI = "https://github.com/plans-dsl/plans";

	private final String rulesPage;

	/** Rule links to {@code PLANS_RULES_URL} if the environment sets it, else to {@link #RULES_PAGE}. */
	public static SarifReport of(Map<String, String> environment) {
		return new SarifReport(Optional.ofNullable(environment.get("PLANS_RULES_URL")).filter(url -> !url.isBlank()).orElse(RULES_PAGE));
	}

	/** {@code rulesPage}: the URL of the rules page; a rule's anchor is appended. */
	public SarifReport(String rulesPage) {
		this.rulesPage = rulesPage;
	}

	@Override
	public void write(ValidationReport report, Writer out) throws IOException {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		List<SarifLog.Rule> rules = new ArrayList<>();
		for (Finding f : report.findings()) {
			if (!ruleIndex.containsKey(f.code())) {
				ruleIndex.put(f.code(), ruleIndex.size());
				RuleInfo rule = RuleInfo.of(f.code());
				String helpUri = rulesPage + "#" + rule.anchor();
				rules.add(new SarifLog.Rule(f.code(), rule.name(), new SarifLog.Message(rule.description()),
						new SarifLog.Message(rule.fullDescription()), new SarifLog.Message(rule.help() + " (" + helpUri + ")"),
						helpUri, new SarifLog.Configuration(level(f.level()))));
			}
		}
		List<String> fingerprints = Fingerprints.of(report.findings());
		List<SarifLog.Result> results = new ArrayList<>();
		for (int i = 0; i < report.findings().size(); i++) {
			Finding f = report.findings().get(i);
			results.add(new SarifLog.Result(f.code(), ruleIndex.get(f.code()), level(f.level()), new SarifLog.Message(f.message()),
					List.of(location(f)), Map.of("plansFinding/v1", fingerprints.get(i))));
		}
		SarifLog.Tool tool = new SarifLog.Tool(new SarifLog.Driver("plans", VersionProvider.version(), INFORMATION_URI, rules));
		Map<String, SarifLog.ArtifactLocation> bases = Map.of(SRCROOT, new SarifLog.ArtifactLocation(null, null,
				new SarifLog.Message("The directory plans validate ran in; result paths are relative to it.")));
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

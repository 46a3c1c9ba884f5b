package org.plans.dsl.tests.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.GeneratedFiles;
import org.plans.dsl.tests.support.TestFiles;
import org.plans.dsl.tracker.model.TrackerItem;
import org.plans.dsl.tracker.model.TrackerMapping;

import com.google.inject.Inject;

import tools.jackson.databind.JsonNode;

/**
 * Every tracker target on the example of every construct: every CSV and JSON file parses
 * back, and every item's key is in the output. Golden files: {@code GoldenFilesTest}.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class TrackerFilesParseBackTest {

	@Inject
	private PlanLoader loader;

	private PlanFacts plan;

	@BeforeEach
	void load() {
		plan = TestFiles.allConstructs(loader);
	}

	private SortedMap<String, String> generate(String target) {
		SortedMap<String, String> files = new TreeMap<>();
		String prefix = "demo/" + target + "/";
		GeneratedFiles.of(target, List.of(plan), Map.of()).forEach((path, text) -> {
			assertTrue(path.startsWith(prefix), path);
			files.put(path.substring(prefix.length()), text);
		});
		return files;
	}

	@ParameterizedTest
	@ValueSource(strings = { "github", "gitlab", "jira", "azure-boards", "redmine" })
	void everyFileParsesBackAndCarriesEveryKey(String target) throws IOException {
		List<TrackerItem> items = TrackerMapping.map(plan, TrackerMapping.Milestones.DEADLINE).items();
		SortedMap<String, String> files = generate(target);
		StringBuilder all = new StringBuilder();
		for (Map.Entry<String, String> file : files.entrySet()) {
			String name = file.getKey();
			if (name.endsWith(".csv")) {
				List<CSVRecord> records = parseCsv(file.getValue());
				int columns = records.get(0).size();
				records.forEach(r -> assertEquals(columns, r.size(), name + " record " + r.getRecordNumber()));
				assertEquals(items.size() + 1, records.size(), name + ": header and one record per item");
				records.forEach(r -> r.forEach(all::append));
			} else {
				assertTrue(name.endsWith(".json"), name);
				JsonNode json = new tools.jackson.databind.json.JsonMapper().readTree(file.getValue());
				if (name.equals("issues.json")) {
					assertEquals(items.size(), json.size());
				}
				all.append(json.toString());
			}
		}
		for (TrackerItem item : items) {
			assertTrue(all.toString().contains(item.key()), target + " lacks key " + item.key());
		}
	}

	static List<CSVRecord> parseCsv(String text) throws IOException {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			return parser.getRecords();
		}
	}
}

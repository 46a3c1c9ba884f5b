package org.plans.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;

/** The csv file as Excel opens it: a UTF-8 byte order mark, and CRLF as the only line end. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class CsvFileTest {

	@Inject
	private PlanLoader loader;

	private static final List<String> EXAMPLES = Generated.EXAMPLES;

	@ParameterizedTest
	@FieldSource("EXAMPLES")
	void bomAndOneLineEndingStyle(String example, @TempDir Path out) throws Exception {
		for (String csv : Generated.run(Generated.target("csv"), Generated.context(loader, example, Map.of()), out).values()) {
			assertTrue(csv.startsWith("\uFEFFPlan,"), "UTF-8 byte order mark first, for Excel");
			assertFalse(csv.replace("\r\n", "").contains("\n"), "a bare LF: " + csv);
			assertFalse(csv.replace("\r\n", "").contains("\r"), "a bare CR: " + csv);
			List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(new StringReader(csv.substring(1))).getRecords();
			assertFalse(records.isEmpty());
			assertEquals(records.get(0).getParser().getHeaderNames().size(), records.get(0).size());
		}
	}
}

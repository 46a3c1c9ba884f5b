package org.plans.dsl.tests.escaping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.plans.dsl.facts.ActionFacts;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.plans.TextKind;
import org.plans.dsl.tests.PlansInjectorProvider;
import org.plans.dsl.tests.support.TestFiles;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Text with quotes, backslashes and line breaks imports into plan text that reads back to the same strings. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ImportQuotingTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanLoader loader;

	@TempDir
	Path dir;

	@Test
	void quotesBackslashesAndLineBreaksRoundTrip() throws IOException {
		String title = "Say \"hello\" to C:\\Users\\ and \\\"escapes\\\" \\n \\u0041";
		String success = "First line with \"quotes\"\nSecond line ends with a backslash \\\nThird: it's \\\\ done";
		String csv = "Ref,Action,Lead,Deadline,Success criteria\n"
				+ "1.1," + cell(title) + ",Ana Patel," + cell("TBC by \"L\\D\"") + "," + cell(success) + "\n";
		Path source = Files.writeString(dir.resolve("quoting.csv"), csv);

		String text = Importer.of(injector).importFile(source, Mapping.none()).text();

		PlanLoader.Loaded loaded = loader.loadTexts(Map.of("imported.plan", text));
		assertEquals(List.of(), TestFiles.errors(loaded), text);
		ActionFacts action = PlanFacts.of(loaded.resourceSet()).get(0).actions().get(0);
		assertEquals(title, action.title(), text);
		assertEquals(List.of(success), action.texts(TextKind.SUCCESS), text);
		assertEquals("tbc (by \"L\\D\")", action.due().describe(), text);
	}

	private static String cell(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}

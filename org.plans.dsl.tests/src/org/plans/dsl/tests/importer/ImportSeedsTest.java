package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.loading.PlanLoader;
import org.plans.dsl.tests.PlansInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** Each seed plan, as published, imports into a plan that loads without errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlansInjectorProvider.class)
public class ImportSeedsTest {

	@Inject
	private Injector injector;

	@Inject
	private PlanLoader loader;

	@ParameterizedTest
	@ValueSource(strings = { "cambridgeshire-ilacs-2019", "cambridgeshire-ofsted-2024", "hillingdon-csc-2015" })
	void importsWithoutErrors(String seed) throws IOException {
		Path source = Seeds.path(seed + ".txt");
		Importer.Result result = Importer.of(injector).importFile(source, Mapping.none());
		Path out = Path.of("target", "imported", seed + ".plan");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result.text());
		System.out.println(seed + ": " + result.summary());
		List<String> errors = loader.loadTexts(Map.of(seed + ".plan", result.text())).issues().stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).map(i -> i.getLineNumber() + ": " + i.getMessage()).toList();
		assertEquals(List.of(), errors);
	}
}

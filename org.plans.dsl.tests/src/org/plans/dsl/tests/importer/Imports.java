package org.plans.dsl.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.plans.dsl.facts.PlanFacts;
import org.plans.dsl.formatting2.PlanFormatting;
import org.plans.dsl.importer.Importer;
import org.plans.dsl.importer.detect.Mapping;
import org.plans.dsl.loading.PlanLoader;

import com.google.inject.Injector;

/** Imports fixtures the tests write, and loads what the import made. */
final class Imports {

	private final Injector injector;
	private final PlanLoader loader;
	private final Path dir;

	Imports(Injector injector, PlanLoader loader, Path dir) {
		this.injector = injector;
		this.loader = loader;
		this.dir = dir;
	}

	/** Imports {@code content} written to a file named {@code name}. */
	Importer.Result text(String name, String content) {
		try {
			Path file = dir.resolve(name);
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return file(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Importer.Result file(Path file) {
		try {
			return Importer.of(injector).importFile(file, Mapping.none());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The errors of an imported plan, "line: message". */
	List<String> errors(Importer.Result result) {
		return loader.loadTexts(Map.of("imported.plan", result.text())).issues().stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).map(i -> i.getLineNumber() + ": " + i.getMessage())
				.toList();
	}

	/**
	 * Compares an import with its expected plan under the tests' resources (rewritten with
	 * {@code -Dgolden.update=true}).
	 */
	static void assertMatchesGolden(String name, String actual) throws IOException {
		Path golden = Path.of(System.getProperty("plans.root", "..")).resolve("org.plans.dsl.tests/resources").resolve(name);
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(golden.getParent());
			Files.writeString(golden, actual);
		}
		assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
	}

	/**
	 * Asserts that the imported plan is settled: it loads without errors, and formatting it
	 * again changes nothing.
	 */
	void assertValidAndStable(String name, Importer.Result result) {
		assertEquals(List.of(), errors(result), name + "\n" + result.text());
		PlanFormatting formatting = injector.getInstance(PlanFormatting.class);
		assertEquals(result.text(), formatting.format(result.text(), "imported.plan").text(), name + ": formatted again");
	}

	/** The facts of an imported plan. */
	PlanFacts facts(Importer.Result result) {
		return PlanFacts.of(loader.loadTexts(Map.of("imported.plan", result.text())).resourceSet()).get(0);
	}
}
